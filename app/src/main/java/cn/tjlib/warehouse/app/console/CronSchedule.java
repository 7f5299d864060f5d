package cn.tjlib.warehouse.app.console;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.scheduling.support.CronExpression;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Spring cron expression (six fields: second minute hour day month weekday), or blank for the staggered default. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CronSchedule.Check.class)
@interface CronSchedule {
    String message() default "不是有效的 cron 表达式（六个字段：秒 分 时 日 月 周，例如 0 30 2 * * *）/ not a valid cron expression";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<CronSchedule, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || CronExpression.isValidExpression(value.trim());
        }
    }
}
