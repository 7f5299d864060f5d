package cn.tjlib.warehouse.schemas.validation;

import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.schemas.validation.rule.Checks;
import cn.tjlib.warehouse.schemas.validation.rule.StandardFiles;
import cn.tjlib.warehouse.validation.RecordValidator;
import cn.tjlib.warehouse.validation.ValidationReport;
import cn.tjlib.warehouse.validation.ValidationSubject;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks each record against the validation profile of its resource type ({@code profiles/<type>.profile},
 * e.g. {@code book.profile}), the network's metadata standards written as rule files. Thread-safe.
 */
public final class ProfileValidator implements RecordValidator {
    /** Where the profiles and vocabularies shipped with this module live on the classpath. */
    public static final String CLASSPATH_BASE = "cn/tjlib/warehouse/schemas/validation";

    private final Map<ResourceType, Profile> profiles;
    private final String rulesVersion;

    private ProfileValidator(Map<ResourceType, Profile> profiles, String rulesVersion) {
        this.profiles = Map.copyOf(profiles);
        this.rulesVersion = rulesVersion;
    }

    /** The profiles shipped with this module, with the system clock deciding which dates lie in the future. */
    public static ProfileValidator loadDefault() {
        return load(StandardFiles.classpath(CLASSPATH_BASE), Clock.systemDefaultZone());
    }

    /** The profiles in {@code directory} (laid out as this module's {@code validation} resources), e.g. a copy staff edit. */
    public static ProfileValidator load(Path directory, Clock clock) {
        return load(StandardFiles.directory(directory), clock);
    }

    /** The profiles in {@code files}; throws naming the file, line and rule of the first mistake in them. */
    public static ProfileValidator load(StandardFiles files, Clock clock) {
        Objects.requireNonNull(files, "files");
        ProfileLoader loader = new ProfileLoader(files, new Checks(files, Objects.requireNonNull(clock, "clock")));
        Map<ResourceType, Profile> profiles = new EnumMap<>(ResourceType.class);
        for (ResourceType type : ResourceType.values()) {
            profiles.put(type, loader.load(type.code()));
        }
        return new ProfileValidator(profiles, files.fingerprint());
    }

    @Override
    public ValidationReport validate(ValidationSubject subject) {
        return profiles.get(ResourceType.fromDcTypes(subject.record().types())).validate(subject);
    }

    @Override
    public String rulesVersion() {
        return rulesVersion;
    }

    /** The ids of the rules the profile of {@code type} applies, in order. */
    public List<String> ruleIds(ResourceType type) {
        return profiles.get(type).rules().stream().map(Rule::id).toList();
    }
}
