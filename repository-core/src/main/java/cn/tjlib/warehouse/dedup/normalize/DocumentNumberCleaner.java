package cn.tjlib.warehouse.dedup.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the issuing number of an official document (发文字号, GB/T 9704-2012 §7.2.4: issuer code,
 * year in hexagonal brackets, serial number, "号") to {@code code|year|number}: "津政办发〔2025〕9号",
 * "津政办发[2025]09号" and "津政办发（2025）第9号" all clean to "津政办发|2025|9". Anything else cleans to "".
 */
public final class DocumentNumberCleaner implements Cleaner {
    private static final Pattern NUMBER = Pattern.compile(
            "(\\p{IsHan}{1,12})\\s*[〔\\[(（【]\\s*((?:19|20)\\d{2})\\s*[〕\\])）】]\\s*第?\\s*0*(\\d{1,5})\\s*号");

    @Override
    public String clean(String value) {
        // no TextFolder: NFKC would turn 〔 into (, which the pattern accepts anyway, and the issuer code is kept as written
        Matcher m = NUMBER.matcher(value == null ? "" : value.strip());
        return m.find() ? m.group(1) + "|" + m.group(2) + "|" + m.group(3) : "";
    }
}
