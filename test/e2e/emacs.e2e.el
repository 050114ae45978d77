;;; emacs.e2e.el --- Emacs 28 + Eglot 1.9 (Debian) as a third LSP client of the bundled server -*- lexical-binding: t -*-
;; Run by emacs.e2e.sh: emacs --batch -q -l test/e2e/emacs.e2e.el
;; Env: E2E_FIXTURE (JSON from fixture.mjs), E2E_SERVER (server/out/server.js), TIMEOUT_MS.
;; Same checks as the Neovim suite, through Eglot's own plumbing: Flymake diagnostics, hover, code action + edit.
(require 'eglot)
(require 'json)
(require 'cl-lib)

(defvar e2e-timeout (/ (string-to-number (or (getenv "TIMEOUT_MS") "30000")) 1000.0))
(defvar e2e-fx (json-parse-string (getenv "E2E_FIXTURE") :object-type 'plist))
(defvar e2e-server (getenv "E2E_SERVER"))
(defvar e2e-t0 (float-time))
(defvar e2e-results nil)
(defvar e2e-published (make-hash-table :test 'equal) "uri -> messages, as the server published them")

(defun e2e-log (fmt &rest args)
  (princ (format "[emacs %.1fs] %s\n" (- (float-time) e2e-t0) (apply #'format fmt args))))

(defun e2e-wait (pred what &optional timeout)
  "Let the server's messages in until PRED holds; fail with WHAT after TIMEOUT seconds."
  (let ((deadline (+ (float-time) (or timeout e2e-timeout))))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or (funcall pred) (error "%s" (if (functionp what) (funcall what) what)))))

(defmacro e2e-check (name &rest body)
  (declare (indent 1))
  `(let ((start (float-time)))
     (condition-case err
         (let ((detail (progn ,@body)))
           (push (list ,name t detail (- (float-time) start)) e2e-results)
           (e2e-log "PASS %s: %s" ,name detail))
       (error
        (push (list ,name nil (error-message-string err) (- (float-time) start)) e2e-results)
        (e2e-log "FAIL %s: %s" ,name (error-message-string err))))))

(defun e2e-js-regex (pattern)
  "The fixture's JavaScript PATTERN as an Emacs regexp: escaped parens are literal, bare ones group."
  (let ((re pattern))
    (setq re (replace-regexp-in-string "\\\\(" "\x01" re t t))   ; \( -> placeholder
    (setq re (replace-regexp-in-string "\\\\)" "\x02" re t t))   ; \) -> placeholder
    (setq re (replace-regexp-in-string "(" "\\(" re t t))
    (setq re (replace-regexp-in-string ")" "\\)" re t t))
    (setq re (replace-regexp-in-string "\x01" "(" re t t))
    (replace-regexp-in-string "\x02" ")" re t t)))

;; Record every publishDiagnostics, including those for files no buffer visits (workspace-wide review).
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics)
                (puthash (plist-get params :uri)
                         (mapcar (lambda (d) (plist-get d :message)) (plist-get params :diagnostics))
                         e2e-published))))

(define-derived-mode corresp-mode text-mode "corresp" "Response letters (languageId corresp).")
(add-to-list 'eglot-server-programs `(corresp-mode . ("node" ,e2e-server "--stdio")))
(setq eglot-sync-connect nil eglot-autoshutdown t eglot-events-buffer-size 0)

(defun e2e-run ()
  (let* ((file (plist-get e2e-fx :file))
         (pat (e2e-js-regex (plist-get e2e-fx :messagePattern)))
         (other-pat (e2e-js-regex (plist-get e2e-fx :otherMessagePattern)))
         (buf (find-file-noselect file))
         server)
    (with-current-buffer buf
      (corresp-mode)
      (let ((default-directory (file-name-directory file)))
        (apply #'eglot--connect (eglot--guess-contact)))
      (e2e-wait (lambda () (and (eglot-current-server) eglot--managed-mode))
                (lambda () (format "Eglot did not start managing the letter (server %S, managed %S, buffer mode %S)"
                        (eglot-current-server) eglot--managed-mode major-mode)))
      (setq server (eglot-current-server))
      (e2e-log "server initialized: %s" (plist-get (eglot--server-info server) :name))
      (let* ((uri (eglot--path-to-uri file))
             (missing (lambda () (cl-find-if (lambda (m) (string-match-p pat m)) (gethash uri e2e-published))))
             (lsp-diag (lambda () ; the raw LSP diagnostic Eglot keeps on its Flymake diagnostic
                         (cl-loop for d in eglot--diagnostics
                                  for raw = (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))
                                  when (and raw (string-match-p pat (plist-get raw :message))) return raw))))
        (e2e-check "diagnostics"
          (e2e-wait (lambda () (and (funcall missing) (funcall lsp-diag)))
                    (lambda () (format "no \"Comment %s ... has no response\" among %S" (plist-get e2e-fx :comment) (gethash uri e2e-published))))
          (format "%S via Flymake (%d diagnostics)" (funcall missing) (length eglot--diagnostics)))

        (e2e-check "hover"
          (goto-char (point-min))
          (forward-line (plist-get e2e-fx :citeLine))
          (forward-char (plist-get e2e-fx :citeCharacter))
          (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
                 (text (and hover (eglot--hover-info (plist-get hover :contents)))))
            (unless text (error "no hover over %s" (plist-get e2e-fx :cite)))
            (unless (string-match-p "Goodwill" text) (error "hover does not mention Goodwill: %s" text))
            (format "%S" (truncate-string-to-width (replace-regexp-in-string "\n+" " " text) 110))))

        (e2e-check "codeaction"
          (let* ((d (or (funcall lsp-diag) (error "no diagnostic to fix")))
                 (actions (jsonrpc-request server :textDocument/codeAction
                                           (list :textDocument (eglot--TextDocumentIdentifier)
                                                 :range (plist-get d :range)
                                                 :context (list :diagnostics (vector d) :only ["quickfix"]))))
                 (action (cl-find-if (lambda (a) (string-prefix-p "Insert a response" (plist-get a :title))) actions))
                 (lines (count-lines (point-min) (point-max))))
            (unless action (error "no \"Insert a response\" action among %S" (mapcar (lambda (a) (plist-get a :title)) actions)))
            (unless (plist-get action :edit) (error "the action carries no edit"))
            (eglot--apply-workspace-edit (plist-get action :edit))
            (unless (> (count-lines (point-min) (point-max)) lines) (error "the edit added no lines"))
            ;; Eglot sends didChange from an idle timer, and batch Emacs is never idle: send it now.
            (eglot--signal-textDocument/didChange)
            (e2e-wait (lambda () (not (funcall missing))) "still reported after the fix")
            (format "%S applied; +%d lines" (plist-get action :title) (- (count-lines (point-min) (point-max)) lines))))

        (e2e-check "workspace"
          (let ((other (eglot--path-to-uri (plist-get e2e-fx :otherFile))))
            (e2e-wait (lambda () (cl-find-if (lambda (m) (string-match-p other-pat m)) (gethash other e2e-published)))
                      "no diagnostics published for the unopened letter" (min e2e-timeout 15))
            (format "%S for the unopened letter"
                    (cl-find-if (lambda (m) (string-match-p other-pat m)) (gethash other e2e-published)))))))))

(condition-case err
    (e2e-run)
  (error (push (list "setup" nil (error-message-string err) 0) e2e-results)
         (e2e-log "setup failed: %s" (error-message-string err))))

(princ "\nEmacs (Eglot) e2e:\n")
(dolist (r (reverse e2e-results))
  (princ (format "  %s  %-10s %5.1fs  %s\n" (if (nth 1 r) "PASS" "FAIL") (nth 0 r) (nth 3 r) (nth 2 r))))
(princ (format "  total %.1fs\n" (- (float-time) e2e-t0)))
(let ((failed (cl-some (lambda (r) (not (nth 1 r))) e2e-results)))
  (ignore-errors (let ((s (with-current-buffer (find-file-noselect (plist-get e2e-fx :file)) (eglot-current-server))))
                   (when s (eglot-shutdown s))))
  (kill-emacs (if failed 1 0)))
