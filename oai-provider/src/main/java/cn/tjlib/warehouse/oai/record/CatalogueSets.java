package cn.tjlib.warehouse.oai.record;

import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.record.ResourceType;
import io.gdcc.xoai.dataprovider.model.Set;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The set hierarchy: {@code library} with one {@code library:{code}} per holding library, and
 * {@code type} with one {@code type:{code}} per resource type. A record belongs to the set of every
 * library that holds it (a deleted record to those that last held it) and to the set of its type.
 */
public final class CatalogueSets {
    static final String LIBRARY = "library";
    static final String TYPE = "type";

    private final Map<String, String> libraryNames;

    public CatalogueSets(Map<String, String> libraryNames) {
        this.libraryNames = Map.copyOf(libraryNames);
    }

    /** Which part of the catalogue a set selects: one library, one type, or (both null) everything. */
    public record Selection(String library, ResourceType type) {
        public static final Selection ALL = new Selection(null, null);
    }

    /** The setSpecs of a record's header. */
    public static List<String> specsOf(UnifiedRecord r) {
        List<String> specs = new ArrayList<>();
        r.libraries().forEach(code -> specs.add(LIBRARY + ":" + code));
        specs.add(TYPE + ":" + r.type().code());
        return specs;
    }

    /** Every set, parents first, given the codes of the libraries that hold records. */
    public List<Set> all(Collection<String> libraries) {
        List<Set> sets = new ArrayList<>();
        sets.add(new Set(LIBRARY).withName("成员馆"));
        known(libraries).forEach(code -> sets.add(new Set(LIBRARY + ":" + code).withName(libraryNames.getOrDefault(code, code))));
        sets.add(new Set(TYPE).withName("资源类型"));
        for (ResourceType t : ResourceType.values()) {
            sets.add(new Set(TYPE + ":" + t.code()).withName(t.label()));
        }
        return sets;
    }

    /** What {@code setSpec} selects; empty when there is no such set. */
    public Optional<Selection> select(String setSpec, Collection<String> libraries) {
        if (LIBRARY.equals(setSpec) || TYPE.equals(setSpec)) {
            return Optional.of(Selection.ALL);
        }
        if (setSpec.startsWith(LIBRARY + ":")) {
            String code = setSpec.substring(LIBRARY.length() + 1);
            return known(libraries).contains(code) ? Optional.of(new Selection(code, null)) : Optional.empty();
        }
        if (setSpec.startsWith(TYPE + ":")) {
            String code = setSpec.substring(TYPE.length() + 1);
            for (ResourceType t : ResourceType.values()) {
                if (t.code().equals(code)) {
                    return Optional.of(new Selection(null, t));
                }
            }
        }
        return Optional.empty();
    }

    private List<String> known(Collection<String> libraries) {
        TreeSet<String> codes = new TreeSet<>(libraries);
        codes.addAll(libraryNames.keySet());
        return List.copyOf(codes);
    }
}
