package cn.tjlib.warehouse.app.report;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** Re-validation of every stored record as one action: a console button and the admin API. */
@Controller
@ConditionalOnWebApplication
class RevalidationController {
    private final Revalidation revalidation;

    RevalidationController(Revalidation revalidation) {
        this.revalidation = revalidation;
    }

    @PostMapping("/console/revalidate")
    String fromConsole(RedirectAttributes flash) {
        flash.addFlashAttribute("message", revalidation.start()
                ? "已开始重新校验全部记录 / re-validation of all records started"
                : "重新校验正在进行 / a re-validation is already running");
        return "redirect:/console/sources";
    }

    /** Starts re-validating every stored record with the current profiles: 202, or 409 while one runs. */
    @PostMapping(value = "/api/admin/revalidate", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> fromApi() {
        boolean started = revalidation.start();
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(Map.of("started", started));
    }

    @GetMapping(value = "/api/admin/revalidate", produces = "application/json")
    @ResponseBody
    Map<String, Object> status() {
        return Map.of("running", revalidation.running());
    }
}
