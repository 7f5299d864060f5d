package cn.tjlib.warehouse.app.report;

import cn.tjlib.warehouse.report.JdbcValidationReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/** Wires the validation reports sent to contributing libraries. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {
    @Bean
    JdbcValidationReports validationReports(DataSource dataSource, Clock clock) {
        return new JdbcValidationReports(dataSource, clock);
    }
}
