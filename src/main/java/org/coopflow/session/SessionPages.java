package org.coopflow.session;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.coopflow.web.WebPage;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Stay signed in" in the timeout warning (js/session.js): any signed-in request keeps the session, this one does
 * nothing else, and says how long the session now lasts. The session itself is in the database (Spring Session
 * JDBC), so whichever node answers keeps it for all.
 */
@Controller
@WebPage
class SessionPages {

    @GetMapping("/session/keep-alive")
    ResponseEntity<Map<String, Integer>> keepAlive(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        int seconds = session == null ? 0 : session.getMaxInactiveInterval();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("expiresInSeconds", seconds));
    }
}
