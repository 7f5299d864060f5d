package cn.tjlib.warehouse.record;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits the role word Chinese catalogues append to a name: 张三著, 李四 主编, 王五等编. */
final class CreatorRoles {
    // longest alternatives first so that 主编 is not read as 编
    private static final Pattern ROLE = Pattern.compile(
            "^(.+?)[\\s　]*[(（\\[]?(等编著|等主编|等著|等编|等译|编著|主编|编译|翻译|改编|校注|整理|撰|著|编|译|绘|摄|讲|主讲)[)）\\]]?$");

    private CreatorRoles() {
    }

    static Creator split(String value) {
        Matcher m = ROLE.matcher(value.strip());
        if (m.matches() && !m.group(1).isBlank()) {
            return new Creator(m.group(1), m.group(2));
        }
        return Creator.of(value);
    }
}
