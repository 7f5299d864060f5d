package cn.tjlib.warehouse.app.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code cli NAME args…}: starts the service's context without the web server and without the
 * start-up harvest, runs the named {@link WarehouseCommand} and exits with its code. Arguments
 * starting with {@code --warehouse.}, {@code --spring.}, {@code --server.} or {@code --logging.} configure the
 * context; the rest belong to the command.
 */
public final class CommandLine {
    private CommandLine() {
    }

    public static int run(Class<?> application, List<String> args) {
        if (args.isEmpty()) {
            System.err.println("usage: cli COMMAND [args]");
            return 2;
        }
        String name = args.get(0);
        List<String> springArgs = new ArrayList<>(List.of("--warehouse.harvest.on-start=false", "--spring.main.banner-mode=off"));
        List<String> commandArgs = new ArrayList<>();
        for (String a : args.subList(1, args.size())) {
            boolean spring = a.startsWith("--warehouse.") || a.startsWith("--spring.") || a.startsWith("--server.")
                    || a.startsWith("--logging.");
            (spring ? springArgs : commandArgs).add(a);
        }
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("logging.level.root", "warn", "logging.level.harvest", "info"));
        try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
            var command = context.getBeansOfType(WarehouseCommand.class).values().stream()
                    .filter(c -> c.name().equals(name)).findFirst();
            if (command.isEmpty()) {
                System.err.println("unknown command '" + name + "'; commands: " + context.getBeansOfType(WarehouseCommand.class)
                        .values().stream().map(WarehouseCommand::usage).toList());
                return 2;
            }
            return command.get().run(commandArgs);
        }
    }
}
