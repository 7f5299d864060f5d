package cn.tjlib.warehouse.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Console users in the {@code console_user} table; passwords are stored only as hashes. */
final class JdbcConsoleUsers implements UserDetailsService {
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    JdbcConsoleUsers(DataSource dataSource, PasswordEncoder encoder, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.query("select * from console_user where username = ?", (rs, i) -> {
            Role role = Role.valueOf(rs.getString("role"));
            List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority(role.authority())));
            String library = rs.getString("library_code");
            if (role == Role.LIBRARY && library != null) {
                authorities.add(new SimpleGrantedAuthority(Role.libraryAuthority(library)));
            }
            return User.withUsername(rs.getString("username")).password(rs.getString("password_hash"))
                    .authorities(authorities).disabled(!rs.getBoolean("enabled")).build();
        }, username).stream().findFirst().orElseThrow(() -> new UsernameNotFoundException("no console user '" + username + "'"));
    }

    boolean anyAdmin() {
        Integer n = jdbc.queryForObject("select count(*) from console_user where role = 'ADMIN'", Integer.class);
        return n != null && n > 0;
    }

    /** Adds a user; {@code libraryCode} is required for {@link Role#LIBRARY} and ignored for admins. */
    void create(String username, String rawPassword, Role role, String libraryCode) {
        if (role == Role.LIBRARY && (libraryCode == null || libraryCode.isBlank())) {
            throw new IllegalArgumentException("a LIBRARY user needs a library code, got none for '" + username + "'");
        }
        jdbc.update("insert into console_user (username, password_hash, role, library_code, enabled, created_at) "
                        + "values (?, ?, ?, ?, true, ?)", username, encoder.encode(rawPassword), role.name(),
                role == Role.LIBRARY ? libraryCode : null, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
