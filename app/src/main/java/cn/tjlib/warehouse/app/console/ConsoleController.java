package cn.tjlib.warehouse.app.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tjlib.warehouse.app.schedule.SourceSchedules;
import cn.tjlib.warehouse.harvest.describe.JdbcSourceDescriptions;
import cn.tjlib.warehouse.schedule.JdbcHarvestTimeouts;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;

/** The console's pages: the sources, one source, the source form, and the harvest actions (server-rendered, Thymeleaf). */
@ConditionalOnWebApplication
@Controller
@RequestMapping("/console")
class ConsoleController {
    private final SourceOverview overview;
    private final SourceEditing editing;
    private final HarvestActions actions;
    private final ConnectionTest connection;
    private final JdbcSourceRegistry registry;
    private final JdbcHarvestTimeouts timeouts;
    private final ConsoleFormat format;
    private final JdbcSourceDescriptions descriptions;

    ConsoleController(SourceOverview overview, SourceEditing editing, HarvestActions actions, ConnectionTest connection,
                      JdbcSourceRegistry registry, JdbcHarvestTimeouts timeouts, SourceSchedules schedules,
                      JdbcSourceDescriptions descriptions) {
        this.format = new ConsoleFormat(schedules.zone());
        this.overview = overview;
        this.editing = editing;
        this.actions = actions;
        this.connection = connection;
        this.registry = registry;
        this.timeouts = timeouts;
        this.descriptions = descriptions;
    }

    @ModelAttribute("fmt")
    ConsoleFormat format() {
        return format;
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping({"", "/"})
    String home() {
        return "redirect:/console/sources";
    }

    @GetMapping("/sources")
    String sources(@RequestParam(defaultValue = "code") String sort, @RequestParam(defaultValue = "false") boolean desc,
                   Model model) {
        model.addAttribute("rows", overview.rows(sort, desc));
        model.addAttribute("sort", sort);
        model.addAttribute("desc", desc);
        return "console/sources";
    }

    @GetMapping("/sources/{code}")
    String source(@PathVariable String code, Model model) {
        model.addAttribute("row", overview.row(code).orElseThrow(() -> notFound(code)));
        model.addAttribute("runs", overview.history(code, 20));
        model.addAttribute("declared", descriptions.find(code).orElse(null));
        return "console/source";
    }

    /** The history table alone, for the page to refresh when a harvest ends. */
    @GetMapping("/sources/{code}/history")
    String history(@PathVariable String code, Model model) {
        model.addAttribute("runs", overview.history(code, 20));
        return "console/source :: history";
    }

    @GetMapping("/sources/new")
    String addForm(Model model) {
        model.addAttribute("form", new SourceForm());
        return "console/source-form";
    }

    @GetMapping("/sources/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        var source = registry.find(code).orElseThrow(() -> notFound(code));
        model.addAttribute("form", SourceForm.of(source, timeouts.find(code).orElse(null)));
        return "console/source-form";
    }

    @PostMapping("/sources")
    String save(@Valid @ModelAttribute("form") SourceForm form, BindingResult errors, RedirectAttributes flash) {
        boolean adding = form.getEditing().isBlank();
        if (!adding) {
            form.setCode(form.getEditing());
        }
        String saved = editing.save(form, adding, errors);
        if (saved == null) {
            return "console/source-form";
        }
        flash.addFlashAttribute("message", (adding ? "已添加采集源 / source added: " : "已保存 / saved: ") + saved);
        return "redirect:/console/sources/" + saved;
    }

    @PostMapping("/sources/test-connection")
    String testConnection(@Valid @ModelAttribute("form") SourceForm form, BindingResult errors, Model model) {
        if (!errors.hasFieldErrors("baseUrl")) {
            // an edited source's answer is kept only while its saved base URL is the one tested
            String keepAs = registry.find(form.getEditing()).filter(s -> s.baseUrl().toString().equals(form.getBaseUrl().trim()))
                    .map(s -> s.code()).orElse(null);
            model.addAttribute("identify", connection.identify(form.getBaseUrl(), keepAs));
        }
        return "console/source-form";
    }

    @PostMapping("/sources/{code}/run")
    String run(@PathVariable String code, @RequestParam(defaultValue = "false") boolean full, RedirectAttributes flash) {
        flash.addFlashAttribute("message", HarvestActions.message(actions.run(code, full, "console"), code, full));
        return "redirect:/console/sources/" + code;
    }

    @PostMapping("/sources/{code}/cancel")
    String cancel(@PathVariable String code, RedirectAttributes flash) {
        flash.addFlashAttribute("message", actions.cancel(code)
                ? "将在当前页完成后停止 / will stop at the next page boundary: " + code
                : "该源没有正在进行的采集 / nothing running: " + code);
        return "redirect:/console/sources/" + code;
    }

    @PostMapping("/sources/{code}/enabled")
    String setEnabled(@PathVariable String code, @RequestParam boolean enabled, RedirectAttributes flash) {
        if (!editing.setEnabled(code, enabled)) {
            throw notFound(code);
        }
        flash.addFlashAttribute("message", (enabled ? "已启用 / enabled: " : "已停用 / disabled: ") + code);
        return "redirect:/console/sources/" + code;
    }

    private static ResponseStatusException notFound(String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no source with code '" + code + "'");
    }
}
