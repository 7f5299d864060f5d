package cn.tjlib.warehouse.testing;

import cn.tjlib.warehouse.raw.HarvestedRecord;

import java.time.Instant;
import java.util.List;

/** Builds harvested oai_dc records for tests. */
public final class Records {
    private Records() {
    }

    /** An oai_dc metadata element with the given title and type (a book by default). */
    public static String oaiDc(String title, String... extraElements) {
        StringBuilder b = new StringBuilder("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
        if (title != null) {
            b.append("<dc:title>").append(title).append("</dc:title>");
        }
        for (String e : extraElements) {
            b.append(e);
        }
        return b.append("</oai_dc:dc>").toString();
    }

    public static HarvestedRecord book(String library, String localId, String title, Instant datestamp) {
        return HarvestedRecord.of("oai:" + library + ".tjlib.cn:" + localId, datestamp, List.of("book"),
                oaiDc(title, "<dc:type>图书</dc:type>", "<dc:creator>张三 著</dc:creator>", "<dc:language>chi</dc:language>"));
    }
}
