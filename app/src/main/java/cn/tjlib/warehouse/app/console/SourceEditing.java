package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.schedule.JdbcHarvestTimeouts;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.springframework.validation.Errors;

/** Adds and changes sources from validated forms; the rules that need the registry (unique code) are checked here. */
final class SourceEditing {
    private final JdbcSourceRegistry registry;
    private final JdbcHarvestTimeouts timeouts;

    SourceEditing(JdbcSourceRegistry registry, JdbcHarvestTimeouts timeouts) {
        this.registry = registry;
        this.timeouts = timeouts;
    }

    /** Saves the form unless it has errors (recorded in {@code errors}); returns the saved source's code, or null. */
    String save(SourceForm form, boolean adding, Errors errors) {
        if (adding && form.getCode() != null && registry.find(form.getCode().trim()).isPresent()) {
            errors.rejectValue("code", "duplicate", "已有代码为 " + form.getCode() + " 的采集源 / a source with this code exists");
        }
        if (!adding && registry.find(form.getCode()).isEmpty()) {
            errors.reject("missing", "没有代码为 " + form.getCode() + " 的采集源 / no such source");
        }
        if (errors.hasErrors()) {
            return null;
        }
        Source source;
        try {
            source = form.toSource();
        } catch (IllegalArgumentException e) {
            errors.reject("invalid", e.getMessage());
            return null;
        }
        registry.save(source);
        timeouts.set(source.code(), form.timeout());
        return source.code();
    }

    /** Turns the source's harvesting on or off; false when there is no such source. */
    boolean setEnabled(String code, boolean enabled) {
        return registry.find(code).map(s -> {
            registry.save(new Source(s.code(), s.name(), s.baseUrl(), s.metadataPrefix(), s.setSpec(), s.schedule(), enabled));
            return true;
        }).orElse(false);
    }
}
