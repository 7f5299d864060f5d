package cn.tjlib.warehouse.schemas.validation.rule;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the check a rule file names, e.g. {@code check = max-length} with {@code max = 500}. */
public final class Checks {
    /** The names a rule file may use after {@code check =}. */
    public static final List<String> NAMES = List.of("required", "identifier-of-type", "isbn-check-digit",
            "isbn-13", "issn-check-digit", "cn-serial-number", "clc-top-class", "clc-in-tree", "w3cdtf",
            "calendar-date", "language-code", "language-name", "controlled-type", "role-in-creator",
            "not-placeholder", "no-mojibake", "no-control-characters", "max-length");

    private final Vocabularies vocabularies;
    private final Clock clock;

    /** Checks whose vocabularies come from {@code files} and whose idea of "now" comes from {@code clock}. */
    public Checks(StandardFiles files, Clock clock) {
        this.vocabularies = new Vocabularies(Objects.requireNonNull(files, "files"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The check called {@code name} with its parameters; throws naming an unknown check or parameter. */
    public Check create(String name, Map<String, String> parameters) {
        Params p = new Params(name, parameters);
        Check check = switch (name) {
            case "required" -> new Required();
            case "identifier-of-type" -> new IdentifierOfType(p.list("types", ""));
            case "isbn-check-digit" -> new IsbnCheckDigit();
            case "isbn-13" -> new Isbn13Form();
            case "issn-check-digit" -> new IssnCheckDigit();
            case "cn-serial-number" -> new CnSerialNumber(p.list("regions", ""));
            case "clc-top-class" -> new ClcTopClass(clcTree(p));
            case "clc-in-tree" -> new ClcInTree(clcTree(p));
            case "w3cdtf" -> new W3cdtfForm();
            case "calendar-date" -> new CalendarDate(clock, p.integer("max-years-ahead", 1));
            case "language-code" -> new LanguageCode(languages(p), languageNames(p));
            case "language-name" -> new LanguageName(languageNames(p));
            case "controlled-type" -> new ControlledType(vocabularies.get(p.text("vocabulary", "vocab/types.tsv"),
                    TypeVocabulary.class, TypeVocabulary::parse));
            case "role-in-creator" -> new RoleInCreator();
            case "not-placeholder" -> new Placeholder(p.list("values", ""));
            case "no-mojibake" -> new Mojibake(p.list("markers", ""));
            case "no-control-characters" -> new ControlCharacters();
            case "max-length" -> new MaxLength(p.integer("max", Integer.MAX_VALUE));
            default -> throw new IllegalArgumentException("unknown check '" + name + "'; known: " + NAMES);
        };
        p.requireAllRead();
        return check;
    }

    private ClcTree clcTree(Params p) {
        return vocabularies.get(p.text("vocabulary", "vocab/clc-classes.txt.gz"), ClcTree.class, ClcTree::parse);
    }

    private LanguageCodes languages(Params p) {
        return vocabularies.get(p.text("vocabulary", "vocab/languages.tsv"), LanguageCodes.class, LanguageCodes::parse);
    }

    private LanguageNames languageNames(Params p) {
        return vocabularies.get(p.text("names", "vocab/language-names.tsv"), LanguageNames.class, LanguageNames::parse);
    }
}
