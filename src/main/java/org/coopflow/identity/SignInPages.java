package org.coopflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The second step of signing in for accounts that need a second factor: a code from the authenticator app, or — the
 * first time — enrolment (the QR code of an otpauth URI, confirmed by a first code). Wrong codes are throttled like
 * wrong passwords (same counters, same lockout) and audited.
 */
// Not a @WebPage: identity stays below the web module (no cycle); the page renders with the plain layout.
@Controller
class SignInPages {

    static final String VIEW = "second-factor";

    private final SecondFactors secondFactors;
    private final LoginThrottle throttle;
    private final LoginAudit audit;
    private final HttpSessionSecurityContextRepository contexts;
    private final SignInAnswers answers;

    SignInPages(SecondFactors secondFactors, LoginThrottle throttle, LoginAudit audit,
                HttpSessionSecurityContextRepository contexts, SignInAnswers answers) {
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.audit = audit;
        this.contexts = contexts;
        this.answers = answers;
    }

    @GetMapping("/login/second-factor")
    String initSecondFactorForm(Model model) {
        CoopFlowPrincipal me = pending().getPrincipal();
        boolean enrolled = secondFactors.enrolled(me.getUsername());
        model.addAttribute("enrolling", !enrolled);
        if (!enrolled) {
            model.addAttribute("otpauthUri", secondFactors.pendingEnrolmentUri(me.getUsername()));
        }
        return VIEW;
    }

    @GetMapping(value = "/login/second-factor/qr.svg", produces = "image/svg+xml")
    @ResponseBody
    ResponseEntity<String> enrolmentQrCode() {
        String uri = secondFactors.pendingEnrolmentUri(pending().getPrincipal().getUsername());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.valueOf("image/svg+xml"))
                .body(QrCode.svg(uri));
    }

    @PostMapping("/login/second-factor")
    String processSecondFactorForm(@RequestParam(name = "code", required = false) String code,
                                   HttpServletRequest request, HttpServletResponse response, Model model) {
        SecondFactorPending pending = pending();
        CoopFlowPrincipal me = pending.getPrincipal();
        String address = request.getRemoteAddr();
        LoginThrottle.Verdict verdict = throttle.attempt(me.getUsername(), address);
        if (!verdict.allowed()) {
            audit.record(me.getUsername(), verdict.locked() ? LoginAudit.Event.REFUSED_LOCKED
                    : LoginAudit.Event.REFUSED_WAIT, address, null);
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/login?" + answers.pageReason(new SignInRefusedException(verdict.locked(), verdict.until()));
        }
        boolean enrolled = secondFactors.enrolled(me.getUsername());
        boolean right = enrolled ? secondFactors.verify(me.getUsername(), code) : secondFactors.confirm(me.getUsername(), code);
        if (!right) {
            audit.record(me.getUsername(), LoginAudit.Event.MFA_FAILURE, address, null);
            if (verdict.locksNow()) {
                audit.record(me.getUsername(), LoginAudit.Event.LOCKOUT, address, null);
            }
            model.addAttribute("wrongCode", true);
            return initSecondFactorForm(model);
        }
        throttle.succeeded(me.getUsername(), address);
        if (!enrolled) {
            audit.record(me.getUsername(), LoginAudit.Event.MFA_ENROLLED, address, null);
        }
        audit.record(me.getUsername(), LoginAudit.Event.SUCCESS, address, null);
        // Fully signed in: a new session id, then where the user was going.
        request.changeSessionId();
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(me, null,
                me.getAuthorities());
        signedIn.setDetails(pending.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
        return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/");
    }

    private static SecondFactorPending pending() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending) {
            return pending;
        }
        throw new org.coopflow.shared.ForbiddenException("error.forbidden");
    }
}
