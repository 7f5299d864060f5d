package cn.tjlib.warehouse.record;

import java.util.List;
import java.util.Locale;

/**
 * The network's resource types, each with its Chinese genre words and the DCMI type it maps to.
 * The code is what sets, facets and validation profiles use.
 */
public enum ResourceType {
    BOOK("book", "图书", "Text", List.of("图书", "书", "专著", "普通图书", "book", "monograph")),
    JOURNAL("journal", "期刊", "Text", List.of("期刊", "杂志", "连续出版物", "journal", "periodical", "serial")),
    NEWSPAPER("newspaper", "报纸", "Text", List.of("报纸", "newspaper")),
    THESIS("thesis", "学位论文", "Text", List.of("学位论文", "论文", "博士论文", "硕士论文", "thesis", "dissertation")),
    LOCAL_DOCUMENT("localdoc", "地方文献", "Text", List.of("地方文献", "地方志", "local document")),
    GOVERNMENT_INFO("govinfo", "政府信息", "Text", List.of("政府信息", "政府信息公开", "政府公开信息", "government information")),
    AUDIO("audio", "音频", "Sound", List.of("音频", "录音", "有声读物", "sound", "audio")),
    VIDEO("video", "视频", "MovingImage", List.of("视频", "公开课", "讲座视频", "录像", "movingimage", "video")),
    OTHER("other", "其他", "Text", List.of());

    private final String code;
    private final String label;
    private final String dcmiType;
    private final List<String> words;

    ResourceType(String code, String label, String dcmiType, List<String> words) {
        this.code = code;
        this.label = label;
        this.dcmiType = dcmiType;
        this.words = words;
    }

    public String code() { return code; }

    public String label() { return label; }

    public String dcmiType() { return dcmiType; }

    /** The type named by the first of {@code dcTypes} we recognise, else {@link #OTHER}. */
    public static ResourceType fromDcTypes(List<String> dcTypes) {
        for (String t : dcTypes) {
            String v = t.strip().toLowerCase(Locale.ROOT);
            for (ResourceType type : values()) {
                if (type.words.contains(v)) {
                    return type;
                }
            }
        }
        return OTHER;
    }

    /** The type with this code; throws naming the bad code. */
    public static ResourceType ofCode(String code) {
        for (ResourceType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown resource type code '" + code + "'");
    }
}
