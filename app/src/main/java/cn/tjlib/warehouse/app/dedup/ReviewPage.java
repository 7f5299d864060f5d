package cn.tjlib.warehouse.app.dedup;

import cn.tjlib.warehouse.app.console.ConsoleFormat;
import cn.tjlib.warehouse.app.schedule.SourceSchedules;
import cn.tjlib.warehouse.ingest.ReviewPair;
import cn.tjlib.warehouse.ingest.ReviewStatus;
import cn.tjlib.warehouse.ingest.Warehouse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.List;

/**
 * The review queue in the console (查重审核): uncertain pairs side by side, a page at a time, with
 * confirm and reject buttons; and the pairs already decided, whose decision staff may reverse. Every
 * decision applies at once and binds every later run.
 */
@ConditionalOnWebApplication
@Controller
@RequestMapping("/console/review")
class ReviewPage {
    static final int PAGE_SIZE = 20;

    private final Warehouse warehouse;
    private final ReviewRecords records;
    private final ConsoleFormat format;

    ReviewPage(Warehouse warehouse, ReviewRecords records, SourceSchedules schedules) {
        this.warehouse = warehouse;
        this.records = records;
        this.format = ConsoleFormat.in(schedules.zone());
    }

    @ModelAttribute("fmt")
    ConsoleFormat format() {
        return format;
    }

    /** The pairs with {@code status} after the id {@code after} (keyset paging: stable while staff decide pairs). */
    @GetMapping
    String queue(@RequestParam(defaultValue = "PENDING") ReviewStatus status, @RequestParam(defaultValue = "0") long after,
                 Model model) {
        List<ReviewPair> page = warehouse.reviews(status, after, PAGE_SIZE + 1);
        boolean more = page.size() > PAGE_SIZE;
        List<ReviewPair> shown = more ? page.subList(0, PAGE_SIZE) : page;
        model.addAttribute("pairs", records.views(shown));
        model.addAttribute("status", status);
        model.addAttribute("after", after);
        model.addAttribute("next", more ? shown.get(shown.size() - 1).id() : null);
        return "console/review";
    }

    @PostMapping("/{id}")
    String decide(@PathVariable long id, @RequestParam ReviewStatus decision, @RequestParam(defaultValue = "PENDING") ReviewStatus status,
                  @RequestParam(defaultValue = "0") long after, Principal principal, RedirectAttributes flash) {
        String message;
        try {
            message = warehouse.decide(id, decision, principal.getName())
                    .map(p -> (decision == ReviewStatus.CONFIRMED ? "已确认为同一作品并合并 / confirmed, merged: " : "已拒绝，保持分开 / rejected, kept apart: ")
                            + p.left().title() + " (#" + id + ")")
                    .orElse("没有该审核项 / no such pair: #" + id);
        } catch (IllegalStateException | IllegalArgumentException e) {
            message = "无法执行 / cannot apply: " + e.getMessage();
        }
        flash.addFlashAttribute("message", message);
        flash.addAttribute("status", status);
        flash.addAttribute("after", after);
        return "redirect:/console/review";
    }
}
