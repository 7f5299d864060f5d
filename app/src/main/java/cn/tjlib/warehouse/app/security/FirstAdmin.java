package cn.tjlib.warehouse.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.security.SecureRandom;

/**
 * Creates the first administrator when the database has none: with the configured password, or a
 * generated one printed once in the log. There is no default password that works everywhere.
 */
final class FirstAdmin implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    // no 0/O, 1/l/I: the password is read off a log and typed by hand
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcConsoleUsers users;
    private final ConsoleSecurityProperties properties;

    FirstAdmin(JdbcConsoleUsers users, ConsoleSecurityProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdmin()) {
            return;
        }
        boolean configured = !properties.adminPassword().isEmpty();
        String password = configured ? properties.adminPassword() : generated(20);
        users.create(properties.adminUsername(), password, Role.ADMIN, null);
        if (configured) {
            LOG.info("console: administrator '{}' created with the password from warehouse.security.admin-password",
                    properties.adminUsername());
        } else {
            LOG.warn("""

                    ================================================================================
                    控制台首次启动 · First start of the console
                    管理员 / administrator:  {}
                    密码 / password:         {}
                    此密码只显示这一次，请妥善保存。This password is shown only once: keep it safe.
                    (set warehouse.security.admin-password before the first start to choose it)
                    ================================================================================""",
                    properties.adminUsername(), password);
        }
    }

    static String generated(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
