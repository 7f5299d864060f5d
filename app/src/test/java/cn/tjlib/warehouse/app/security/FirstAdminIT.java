package cn.tjlib.warehouse.app.security;

import cn.tjlib.warehouse.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first administrator: created once, with the configured or a generated password, stored only as a hash. */
class FirstAdminIT {
    private final DataSource db = TestDatabases.h2();
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final JdbcConsoleUsers users = new JdbcConsoleUsers(db, encoder, Clock.systemUTC());
    private final JdbcTemplate jdbc = new JdbcTemplate(db);

    @Test
    void theConfiguredPasswordIsStoredAsABcryptHashAndNeverReplaced() {
        new FirstAdmin(users, new ConsoleSecurityProperties("admin", "configured-pw-1")).run(new DefaultApplicationArguments());
        String hash = jdbc.queryForObject("select password_hash from console_user where username = 'admin'", String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("configured-pw-1");
        assertThat(encoder.matches("configured-pw-1", users.loadUserByUsername("admin").getPassword())).isTrue();

        new FirstAdmin(users, new ConsoleSecurityProperties("admin", "another-pw-2")).run(new DefaultApplicationArguments());
        assertThat(encoder.matches("configured-pw-1", users.loadUserByUsername("admin").getPassword())).isTrue();
    }

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedPerInstallation() {
        new FirstAdmin(users, new ConsoleSecurityProperties("staff", "")).run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from console_user where role = 'ADMIN'", Integer.class)).isEqualTo(1);
        assertThat(FirstAdmin.generated(20)).hasSize(20).isNotEqualTo(FirstAdmin.generated(20)).matches("[A-Za-z2-9]+");
    }

    @Test
    void aShortConfiguredPasswordIsRefused() {
        assertThatThrownBy(() -> new ConsoleSecurityProperties("admin", "short")).hasMessageContaining("at least 8");
    }

    @Test
    void aLibraryUserNeedsALibrary() {
        assertThatThrownBy(() -> users.create("x", "password-1", Role.LIBRARY, null)).hasMessageContaining("needs a library code");
    }
}
