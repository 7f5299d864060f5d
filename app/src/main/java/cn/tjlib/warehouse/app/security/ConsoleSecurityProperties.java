package cn.tjlib.warehouse.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Console login settings ({@code warehouse.security.*}): the first administrator's name, and its
 * password; an empty password means one is generated and printed once at first start.
 */
@ConfigurationProperties("warehouse.security")
record ConsoleSecurityProperties(@DefaultValue("admin") String adminUsername, @DefaultValue("") String adminPassword) {
    ConsoleSecurityProperties {
        if (adminUsername == null || !adminUsername.matches("[A-Za-z0-9_.-]{2,64}")) {
            throw new IllegalArgumentException("warehouse.security.admin-username must be 2-64 letters, digits, '.', '_' or '-', got '"
                    + adminUsername + "'");
        }
        if (adminPassword != null && !adminPassword.isEmpty() && adminPassword.length() < 8) {
            throw new IllegalArgumentException("warehouse.security.admin-password must have at least 8 characters");
        }
    }
}
