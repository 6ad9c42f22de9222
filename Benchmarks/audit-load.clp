;;; The audit workload of `engine-bench audit-load N` (Sources/EngineWorkloads/AuditLoad.swift)
;;; written for CLIPS 6.30, to compare the two engines on our own kind of work.
;;; Facts come from `engine-bench audit-load N --clips FILE`; the findings left standing
;;; are printed one per line, `rule key`, for Benchmarks/compare-clips-audit.sh to
;;; compare with ours.
;;;
;;; CLIPS 6.30 has no aggregate condition. The sum and the count are kept the way a
;;; CLIPS programmer keeps them: a running total per table, added to once per member
;;; (a `counted` fact marks a member already added), and the two rules that read the
;;; totals fire at a lower salience, when the derivations are done.

(deftemplate indicator-table (slot id) (slot unit) (slot scheme-total))
(deftemplate indicator
   (slot table) (slot name) (slot category) (slot operator)
   (slot target) (slot actual) (slot weight))
(deftemplate explanation (slot indicator))
(deftemplate deviation (slot table) (slot indicator) (slot kind))
(deftemplate finding (slot rule) (slot key))
(deftemplate table-total (slot table) (slot weight) (slot deviations))
(deftemplate counted (slot what) (slot key) (slot kind))

(defrule open-table-total
   (declare (salience 20))
   (indicator-table (id ?t))
   =>
   (assert (table-total (table ?t) (weight 0) (deviations 0))))

(defrule add-weight
   (declare (salience 10))
   (indicator (table ?t) (name ?i) (weight ?w))
   (not (counted (what weight) (key ?i)))
   ?total <- (table-total (table ?t) (weight ?sum))
   =>
   (assert (counted (what weight) (key ?i)))
   (modify ?total (weight (+ ?sum ?w))))

(defrule add-deviation
   (declare (salience 10))
   (deviation (table ?t) (indicator ?i) (kind ?k))
   (not (counted (what deviation) (key ?i) (kind ?k)))
   ?total <- (table-total (table ?t) (deviations ?count))
   =>
   (assert (counted (what deviation) (key ?i) (kind ?k)))
   (modify ?total (deviations (+ ?count 1))))

(defrule derive-shortfall
   (logical (indicator (table ?t) (name ?i) (operator "≥") (target ?target)
                       (actual ?actual&:(< ?actual (* ?target 0.9)))))
   =>
   (assert (deviation (table ?t) (indicator ?i) (kind "shortfall"))))

(defrule derive-far-exceeded
   (logical (indicator (table ?t) (name ?i) (target ?target)
                       (actual ?actual&:(> ?actual (* ?target 1.3)))))
   =>
   (assert (deviation (table ?t) (indicator ?i) (kind "exceeded"))))

(defrule deviation-unexplained
   (deviation (table ?t) (indicator ?i) (kind ?k))
   (not (explanation (indicator ?i)))
   =>
   (assert (finding (rule deviation-unexplained) (key ?i))))

(defrule category-missing
   (indicator-table (id ?t))
   (not (indicator (table ?t) (category "成本指标")))
   =>
   (assert (finding (rule category-missing) (key ?t))))

(defrule weight-total
   (declare (salience -10))
   (indicator-table (id ?t) (scheme-total ?expected))
   (table-total (table ?t) (weight ?total&:(<> ?total ?expected)))
   =>
   (assert (finding (rule weight-total) (key ?t))))

(defrule many-deviations
   (declare (salience -10))
   (indicator-table (id ?t) (unit ?u))
   (table-total (table ?t) (deviations ?count&:(> ?count 3)))
   =>
   (assert (finding (rule many-deviations) (key ?u))))

(deffunction print-findings ()
   (do-for-all-facts ((?f finding)) TRUE (printout t ?f:rule " " ?f:key crlf)))
