package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.source.Source;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

import java.net.URI;
import java.time.Duration;

/** A source as staff type it in the console or send it to the admin API; validated before anything is saved. */
public class SourceForm {
    @NotBlank(message = "请填写代码 / code is required")
    @Pattern(regexp = "[a-z][a-z0-9_-]{1,31}", message = "代码须为 2–32 个小写字母、数字、- 或 _，以字母开头 / code: 2-32 lower-case letters, digits, - or _")
    private String code;

    @NotBlank(message = "请填写名称 / name is required")
    @Size(max = 200, message = "名称最多 200 字 / name: at most 200 characters")
    private String name;

    @NotBlank(message = "请填写 OAI-PMH 基础地址 / base URL is required")
    @URL(regexp = "^(http|https)://.*", message = "须为 http(s) 地址 / must be an http(s) URL")
    @Size(max = 1000, message = "地址过长 / URL too long")
    private String baseUrl;

    @NotBlank(message = "请填写元数据格式前缀 / metadata prefix is required")
    @Pattern(regexp = "[A-Za-z0-9_.!~*'()-]{1,64}", message = "前缀只能含字母、数字和 _.!~*'()- / prefix: letters, digits and _.!~*'()-")
    private String metadataPrefix = "oai_dc";

    @Pattern(regexp = "^$|[A-Za-z0-9_.!~*'()-]+(:[A-Za-z0-9_.!~*'()-]+)*", message = "不是有效的 setSpec / not a valid setSpec")
    private String setSpec = "";

    @CronSchedule
    private String schedule = "";

    @Min(value = 1, message = "超时至少 1 分钟 / timeout: at least 1 minute")
    @Max(value = 10080, message = "超时最多 7 天 / timeout: at most 7 days")
    private Integer timeoutMinutes;

    private boolean enabled = true;

    /** The code of the source being edited; empty when adding one. */
    private String editing = "";

    static SourceForm of(Source s, Duration timeout) {
        SourceForm f = new SourceForm();
        f.code = s.code();
        f.name = s.name();
        f.baseUrl = s.baseUrl().toString();
        f.metadataPrefix = s.metadataPrefix();
        f.setSpec = s.setSpec() == null ? "" : s.setSpec();
        f.schedule = s.schedule() == null ? "" : s.schedule();
        f.timeoutMinutes = timeout == null ? null : (int) timeout.toMinutes();
        f.enabled = s.enabled();
        f.editing = s.code();
        return f;
    }

    Source toSource() {
        return new Source(code.trim(), name.trim(), URI.create(baseUrl.trim()), metadataPrefix.trim(),
                setSpec == null ? null : setSpec.trim(), schedule == null ? null : schedule.trim(), enabled);
    }

    Duration timeout() {
        return timeoutMinutes == null ? null : Duration.ofMinutes(timeoutMinutes);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getMetadataPrefix() {
        return metadataPrefix;
    }

    public void setMetadataPrefix(String metadataPrefix) {
        this.metadataPrefix = metadataPrefix;
    }

    public String getSetSpec() {
        return setSpec;
    }

    public void setSetSpec(String setSpec) {
        this.setSpec = setSpec;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public Integer getTimeoutMinutes() {
        return timeoutMinutes;
    }

    public void setTimeoutMinutes(Integer timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getEditing() {
        return editing;
    }

    public void setEditing(String editing) {
        this.editing = editing == null ? "" : editing;
    }
}
