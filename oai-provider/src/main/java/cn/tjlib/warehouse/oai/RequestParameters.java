package cn.tjlib.warehouse.oai;

import cn.tjlib.warehouse.xml.XmlChars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The HTTP layer's parameters in the shape XOAI reads, and the one check XOAI cannot make. */
final class RequestParameters {
    private RequestParameters() {
    }

    static Map<String, String[]> asArrays(Map<String, List<String>> parameters) {
        Map<String, String[]> out = new LinkedHashMap<>();
        parameters.forEach((name, values) -> out.put(name, values == null ? new String[0] : values.toArray(String[]::new)));
        return out;
    }

    /**
     * Why the request cannot be answered, when a name or value holds a character XML forbids.
     * NOTE: XOAI echoes arguments into {@code <request>} and error messages; such a character
     * would make the whole response unparseable, and no OAI-PMH argument can legitimately hold one.
     */
    static Optional<String> forbiddenCharacters(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> e : parameters.entrySet()) {
            if (XmlChars.firstForbidden(e.getKey()) >= 0) {
                return Optional.of("argument name '" + XmlChars.strip(e.getKey()) + "' contains a character XML forbids");
            }
            for (String value : e.getValue() == null ? List.<String>of() : e.getValue()) {
                if (value != null && XmlChars.firstForbidden(value) >= 0) {
                    return Optional.of("argument '" + XmlChars.strip(e.getKey()) + "' contains a character XML forbids");
                }
            }
        }
        return Optional.empty();
    }
}
