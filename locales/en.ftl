# English: the reference language. Every other file has exactly these
# messages, with the same { $placeholders }. See docs/TRANSLATING.md.

## Fixed texts of the widget: its frame, the first step and what every step shows

widget-name = Treatment plan
untitled = Untitled plan
undo = Undo
redo = Redo
edit-failed = That change could not be made
import-failed = The plan file could not be opened. Your current plan is unchanged.
remove = Remove
add = Add
step-loading = Getting this step ready…
draft-opening = Opening the saved plan…
catalog-unreadable = The clinic's list of services could not be read, so this step cannot be shown. Please tell the clinic's web team.
steps = Steps of the plan
go-back = ← Back: { $step }
go-next = Next: { $step } →
default-crisis-line = 988 Suicide & Crisis Lifeline (call or text)
open-plan-file = Open a plan file
finished-clear-plan = I'm finished: clear my plan
clear-draft = Clear saved draft
draft-cleared = The copy saved on this device was removed. Your next change will be saved again.
crash-heading = Something went wrong
crash-body = The plan is safe. Download it now, then restart. After the restart, open the file to go on.
crash-body-kiosk = Please restart. Nothing from the last plan is kept on this device.
crash-download = Download the plan (JSON)
crash-restart = Restart
ui-language = Language

## The plan's words in the first step: the steps, the plan and the person

step-person = About the person
step-assessment = Assessment
step-needs = Needs
step-goals = Goals
step-components = Services and supports
step-relapse = Relapse prevention
step-aftercare = Aftercare and review
step-finish = Review and finish
plan-title = Plan title
effective-date = Plan start date
target-date = Plan target date
preferred-name = Preferred name or initials
pronouns = Pronouns
language = Preferred language
culture-identity = Culture and identity
care-team = Care team
member-name = Name
member-role = Role
member-contact = Contact
contributors = Who is taking part
contributor-name = Name
contributor-role = Taking part as
roles-list =
    Person in recovery
    Clinician
    Family member
    Peer supporter
    Other
text-lists-list =
    Strengths
    Preferences (for example group or one-to-one, best times)
    Triggers
    Outside triggers (people, places, things)
    Inside triggers (feelings, thoughts)
    Early warning signs
    Ways to cope

## edit_error

edit-error-not-found = The { $kind } '{ $id }' is no longer in the plan.
edit-error-out-of-range = { $value } is too high; use 0 to { $max }.
edit-error-risk-view-off = Turn on the risk view before rating an area.
edit-error-position-out-of-range = Position { $position } is past the end of the list of { $len }.
edit-error-locked = This plan is signed and in use. Start a review to change it.
edit-error-already-in-plan = { $name } is already in the plan. Change it where it is, under its kind of service.
edit-error-example-read-only = This is a synthetic example to read. Make an editable copy to change it.
edit-error-review-in-progress = This plan is under review. Finish the review first; then the new revision can be signed.
edit-error-no-review-in-progress = There is no review in progress to finish.
edit-error-not-ready = The rest of the widget is still loading. Try again in a moment.

## kind

kind-text-item = list item
kind-care-team-member = care team member
kind-contributor = contributor
kind-substance = substance row
kind-need = need
kind-goal = goal
kind-objective = objective
kind-component = plan component
kind-contact = contact
kind-crisis-line = crisis line
kind-signature = signature
kind-finding = assessment finding
kind-measurement = measurement
kind-barrier = barrier

## Numbers, labels and sentences with placeholders

# The label of a field in a numbered row: "Name 2".
numbered = { $label } { $n }
# An action or a label and what it is about: "Remove: Name 1".
named = { $label }: { $item }
step-of = Step { $number } of { $total }

## The language

# Its name in itself, for the language menu.
language-name = English

## Errors for the host page's developer (mount options)

mount-options = plan-composer: mount options: { $error }
mount-not-an-object = plan-composer: mount options must be an object, such as { "{" } lang: 'en' { "}" }
mount-unknown-option = plan-composer: unknown option "{ $name }" (the options are { $names })
mount-option = plan-composer: option { $name }: { $error }
mount-idle-seconds = plan-composer: idleResetSeconds must be a whole number of seconds from { $from } to { $to }, not { $given }
mount-idle-seconds-that-value = that value
mount-drafts-choice = plan-composer: drafts must be "local" or "session", not "{ $given }"
mount-drafts-in-kiosk = plan-composer: drafts cannot be used with idleResetSeconds: a kiosk keeps nothing
mount-drafts = plan-composer: drafts: { $error }
mount-not-ready = plan-composer: { $call } needs the rest of the widget, which is still loading: wait for composer.ready first
# openCase and educatorCase take only a plan marked "synthetic".
case-not-synthetic = this plan is not marked as a synthetic example ("synthetic" in the file); educator mode opens only synthetic cases

## ON DEMAND
## Everything below is used only by the on-demand part of the widget (the steps
## after the first, the review, reading plan files, the exports, the coach), which
## follows the first step. The release build keeps these words out of what a page
## loads first. Every message is on the same side of this line as in en.ftl.

## Shown only by the part: a signed plan, the kiosk's warning, problems in the host's files

signed-locked = This plan is signed and in use, so it cannot be changed here.
signed-locked-hint = To change it, start a review. What you change is listed, saved in the plan's review history, and the new revision is signed again.
start-review = Start a review of this plan
still-there = Are you still there?
still-here = I'm still here
idle-warning = To keep your information private, this plan will be cleared in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }. Touch the button to keep working.
# Followed by the problems, one per line.
mount-notes = plan-composer: educatorNotesJson cannot be read as educator notes:
mount-instruments = plan-composer: instrumentsJson cannot be read as instruments:
mount-case = plan-composer: educatorCase cannot be opened as a synthetic case:
# Followed by the problems, one per line.
mount-catalog = plan-composer: catalogJson has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }:

## notice

notice-goal-no-longer-addresses-need = The goal "{ $goal }" no longer addresses the removed need "{ $need }".
notice-objective-lost-intervention = The objective "{ $objective }" is no longer served by the removed component "{ $component }".
notice-need-lost-finding = The need "{ $need }" lost a link to a removed assessment finding.
notice-goal-lost-contributor = The goal "{ $goal }" no longer names who said it.
notice-goal-lost-strength = The goal "{ $goal }" no longer lists the removed strength "{ $strength }".
notice-proposed-goals-active =
    { $count ->
        [one] The plan is in use, so its proposed goal is now active.
       *[other] The plan is in use, so its { $count } proposed goals are now active.
    }

## Fixed texts of the steps after the first

no-goals-yet = No goals yet. Add the first one below.
new-goal = New goal, in the person's own words
new-goal-hint = For example: Go to two support meetings each week
add-goal = Add goal
goal-measure-hint = For example: meetings attended, from the sign-in sheet
goal-target-hint = For example: 2 meetings a week
remove-goal = Remove goal
plan-json = Plan data (JSON)
download-json = Download JSON
not-answered = Not answered
use-risk-view = Use the six-area view
needs-intro = What does the person need most right now? Write each need in their own words, and tick where it comes from in the assessment.
suggested-needs = Suggested from the assessment
suggested-needs-hint = Nothing is added unless you choose it. Change the words after adding if they do not fit.
add-this-need = Add this need
no-needs-yet = No needs yet.
add-need = Add a need
smart-check = SMART check
smart-all-met = This goal is specific, measurable, achievable, relevant and time-bound.
no-components-yet = No services chosen yet. Choose them in the step “Services and supports”.
no-needs-to-link = No needs yet. Add them in the step “Needs”.
goal-status-and-progress = Goal status and progress
add-objective = Add an objective
goals-intro = Write each goal in the person's own words. The letters show how SMART it is as you type: Specific, Measurable, Achievable, Relevant, Time-bound.
start-from-template = Or start from an example
choose-template = Choose an example goal
use-template = Use this goal
# A template's blank, named over its input in the goal's sentence, in the
# order of plan::template::Blank: {n}, {times}, {date}, {substance}, {setting},
# {program}, {support person}, {form}, {prescriber}, {who}, {activity},
# {meeting type}, {case manager}, {period}, {need}, {helper}, {person}, {home},
# {step}, {provider}.
template-fill-hint = Fill in the blanks to make this goal your own. A blank you leave empty stays in the goal, to fill in later.
template-blanks-list =
    how many
    how many times
    which date
    which substance
    where
    which program
    who supports me
    which kind
    who prescribes it
    who
    which activity
    which kind of meeting
    my case manager
    how often
    which need
    who helps
    which person
    which home
    which step
    which doctor or clinic
serves-no-goal-yet = no goal yet — link it from a goal's objective
components-intro = Choose the services and supports that fit this person. Open a name to read why it helps. Medicines are always “as prescribed” by the prescriber.
in-the-plan = In the plan
add-to-plan = Add to plan
lapse-plan-hint = For example: Call my sponsor the same day, and go to a meeting. A lapse is a chance to learn, not a failure.
sign = Add signature
signature-needs-name-and-date = A signature needs a name and a whole date.
gaps-heading = Still to do
no-gaps = Nothing is missing: every need has a goal, every goal can be measured and has a service, a review date is set, and this revision is signed.
earlier-revision-signatures = Signatures of an earlier revision signed the plan as it was then. This revision needs new signatures.
take-the-plan = Take the plan with you
large-print = Large print
paper-size = Paper size
print-plan = Print or save as PDF
# Prints only the person's one-page summary, "My plan, in plain words".
print-my-plan-page = Print my plan page
my-plan-page-frame = My plan page, ready to print
download-printable = Download printable plan (HTML)
download-fhir = Download FHIR (for record systems)
# A FHIR transaction Bundle: sending it to a record system's server again updates the plan there.
download-fhir-transaction = Download FHIR for a record system's server
copy-text = Copy as text for a note
# Educator mode: a synthetic case opened to read, step by step.
educator-banner = Synthetic example, to read
educator-hint = This case is made up for learning. Go through it with Next and Back. Nothing here can be changed.
why-this-matters = Why this matters
based-on = Based on
show-smart-view = Show how each goal meets SMART
make-editable-copy = Make an editable copy
# On a catalog entry already in the plan, instead of "Add to plan": moves to it.
show-in-plan = In the plan: go to it
clinical-record = The clinician's record
clinical-record-hint = For the clinician to fill in. The tool never suggests a diagnosis or a level of care.
# Relapse prevention: triggers found in the assessment, not listed here yet.
triggers-from-assessment = Triggers from the assessment
add-as-outside-trigger = Add as an outside trigger
add-as-inside-trigger = Add as an inside trigger
copied = Copied. Paste it into the record system's note.
copy-failed = This browser did not allow copying. Download the printable plan instead.
print-preview = Preview of the printable plan
review-in-progress = Review in progress
review-in-progress-hint = This plan was opened for review. Changes are listed as you make them; finishing the review records them in the plan's history and starts a new revision.
no-changes-yet = No changes yet.
finish-review = Finish review
review-needs-reviewer = Write who reviewed the plan. The date is today's date on this device.

## SmartReason

smart-reason-clear-action = The goal says what will be done.
smart-reason-statement-empty = The goal has no words yet.
smart-reason-still-template = The goal still has the example words from the template.
smart-reason-vague-wording = Words like "get better", "try to" or "more" do not yet say what will be done.
smart-reason-vague-things = Words like "stuff" or "things" do not say exactly what.
smart-reason-too-brief = One word does not yet say what will be done.
smart-reason-broad-aim = Words like "sort out" or "take care of" name a part of life, but not what will be done.
smart-reason-only-a-feeling = The goal names a feeling to have or to stay away from, but not what the person will do.
smart-reason-measure-and-target = The goal has a way to measure it and a target.
smart-reason-target-set = The goal has a target that can be counted.
smart-reason-number-in-text = The goal has a number, so progress can be counted.
smart-reason-instrument-score = The goal is measured by a questionnaire score, with a number to reach.
smart-reason-how-often-in-text = The goal says how often, so progress can be counted.
smart-reason-measure-no-target = There is a way to measure it, but no target yet.
smart-reason-target-no-number = The target does not say how much or how often.
smart-reason-more-or-less-no-number = "More" or "less" is hard to count without a number.
smart-reason-no-number = There is no number or way to count progress yet.
smart-reason-confidence-high = The person feels sure they can do this.
smart-reason-confidence-middle = The person feels somewhat sure they can do this.
smart-reason-confidence-low = The person does not feel sure yet that this is doable.
smart-reason-not-rated-yet = The goal looks doable, but the person has not said how sure they feel.
smart-reason-no-confidence = The person has not said yet how sure they feel about this goal.
smart-reason-inner-experience = Nobody can fully control feelings, cravings or thoughts, so never (or always) having one is not a goal a person can reach.
smart-reason-too-many-a-week = That is more meetings, sessions or visits a week than most people can keep up.
smart-reason-stop-medicine-alone = Stopping a prescribed medicine without the prescriber, or all at once, can be unsafe.
smart-reason-linked-to-need = The goal is linked to a need in the plan.
smart-reason-link-broken = The goal points to a need that is no longer in the plan.
smart-reason-not-linked = The goal is not linked to a need yet.
smart-reason-no-needs-yet = The plan has no needs yet, so the goal cannot be linked to one.
smart-reason-due-date-set = The goal has a due date.
smart-reason-past-due = The due date has passed.
smart-reason-deadline-in-text = The goal says by when, in its own words.
smart-reason-only-how-often = The goal says how often, but not when progress will be checked.
smart-reason-no-time-frame = The goal does not say when yet.

## SmartSuggestion

smart-suggestion-keep-as-is = Nothing to change here.
smart-suggestion-write-goal = Write the goal in the person's own words, for example: Go to 2 support meetings each week.
smart-suggestion-fill-in-template = Put the goal in the person's own words and fill in any blanks, like {"{"}n{"}"}.
smart-suggestion-say-what-to-do = Say what the person will do, for example: Go to 2 support meetings each week.
smart-suggestion-say-what-to-do-drinking = Say what the person will do, for example: Call my sponsor when I feel like drinking.
smart-suggestion-say-what-to-do-using = Say what the person will do, for example: Call my sponsor when I feel like using.
smart-suggestion-say-what-to-do-smoking = Say what the person will do, for example: Take a short walk when I want to smoke.
smart-suggestion-say-what-to-do-money = Say what the person will do, for example: Put $20 in savings every payday.
smart-suggestion-say-what-to-do-family = Say what the person will do, for example: Read to my son at bedtime 3 nights a week.
smart-suggestion-say-what-to-do-feelings = Say what the person will do when the feeling comes, for example: Call a friend when I feel anxious.
smart-suggestion-name-the-thing = Name the exact thing, for example: Stay away from the places where I used to drink or use.
smart-suggestion-add-target = Add a target, for example: 3 times a week.
smart-suggestion-add-measure = Add how progress will be counted, for example: the times it was done, marked on a calendar.
smart-suggestion-add-measure-drinking = Add how progress will be counted, for example: days without drinking, marked on a calendar.
smart-suggestion-add-measure-using = Add how progress will be counted, for example: days without using, marked on a calendar.
smart-suggestion-add-measure-smoking = Add how progress will be counted, for example: days without smoking or vaping, marked on a calendar.
smart-suggestion-add-measure-money = Add how progress will be counted, for example: money put in savings each payday, from the bank app.
smart-suggestion-add-measure-family = Add how progress will be counted, for example: evenings spent with the family, marked on a calendar.
smart-suggestion-add-measure-feelings = Add how progress will be counted, for example: the times a coping skill was used, written in a notebook.
smart-suggestion-add-how-much = Say how much or how often, for example: 3 times a week instead of once.
smart-suggestion-ask-what-would-help = Ask what would make this easier, and adjust the goal until it feels doable.
smart-suggestion-make-smaller = Try a smaller first step, for example: 1 meeting a week instead of 5.
smart-suggestion-ask-confidence = Ask: from 0 to 10, how sure do you feel that you can do this?
smart-suggestion-aim-for-actions = Aim for what the person can do when a feeling or craving comes, for example: Use a coping skill when a craving hits.
smart-suggestion-choose-keepable-number = Choose a number the person can keep up week after week, for example: 3 meetings a week to start.
smart-suggestion-plan-with-prescriber = Plan any change to a medicine together with the prescriber, for example: Talk with my prescriber about this medicine at my next visit.
smart-suggestion-link-to-need = Choose the need this goal helps with.
smart-suggestion-add-need-first = Add the need this goal helps with, in the person's words, then link the goal to it.
smart-suggestion-choose-new-date = Choose a new date, or mark the goal as reached if it is done.
smart-suggestion-add-check-date = Add a date to check progress, for example: 30 days from today.
smart-suggestion-add-due-date = Add a due date, for example: the end of next month.
smart-suggestion-set-due-date-field = Also set the due date, so the plan can keep track of it.

## SmartLetter

smart-letter-s = Specific
smart-letter-m = Measurable
smart-letter-a = Achievable
smart-letter-r = Relevant
smart-letter-t = Time-bound

## SmartStatus

smart-status-met = Met
smart-status-needs-work = Needs work
smart-status-missing = Missing

## The plan's words in the other steps and the exports: headings, field labels, choices

plan-status = Plan status
revision = Revision
created = Created
substances = Substance use history
substance = Substance
pattern = Pattern of use
route = How it is used
age-of-onset = Age at first use
last-use = Last use
readiness = Readiness to change
stage-of-change = Stage of change
readiness-ruler = Readiness ruler (0 = not ready, 10 = very ready)
risk-view = Six-area view (optional)
risk-view-note = 0 means no concern and 4 means very high concern. This view helps the team talk; it does not decide a level of care.
risk-scale-list =
    0 – no concern
    1 – mild
    2 – moderate
    3 – high
    4 – very high
need = Need, in the person's words
need-problem = The same need in clinical words (problem statement)
findings = Comes from
goal = Goal, in the person's own words
measure = How we will measure it
target = Target
due = Due date
priority = Priority
lifecycle = Goal status
achievement = Progress
confidence = How sure the person feels they can do it (0-10)
expressed-by = In whose words
addresses = Needs it works on
objectives = Objectives (steps toward the goal)
objective = Objective
interventions = Services that help with this step
# An objective offers the catalog's services not yet in the plan, to add
# and link from there.
add-service-for-step = Add a service for this step
choose-service = Choose a service
add-and-link = Add and link
strengths-that-help = Strengths that help
no-strengths-to-link = No strengths yet. Add them in the step “About the person”.
barriers = What may get in the way
# A service's name (the review calls a change there "wording").
component-name = Service
details = Details
frequency = How often
setting = Where
responsible = Who is responsible
start = Start date
serves-goals = Helps with goals
# Under each goal: the services that serve it, how often and who.
services-for-goal = Services for this goal
measures = Measures
measure-date = Date
measure-score = Score
measure-band = Published range
progress = Progress
progress-note = Note
progress-at-reviews = Progress at reviews
progress-statuses-list =
    Not started
    Some progress
    Met
    Changed
    Stopped
score-target = Score to reach
score-below = { $score } below { $value }
score-at-least = { $score } of { $value } or more
score-of = { $value } of { $max }
measures-hint = Standard questionnaires, scored on this device. Take one at the start and again at each review to see change over time.
measures-loading = Getting the questionnaires ready…
measures-unavailable = The questionnaires could not be loaded. The plan still works without them.
take-questionnaire = Take a questionnaire
start-questionnaire = Start
record-answers = Save the answers
cancel-questionnaire = Cancel
answer-every-item = Please answer every question before saving.
no-measures-yet = No questionnaires taken yet.
remove-measurement = Remove this result
measurement-taken = { $name }, { $date }: { $scores }
safety-heading = Please talk with your clinician now
safety-body = One of your answers says you have had thoughts of being better off dead or of hurting yourself. Please tell your clinician or the staff now, before you leave. If you might act on these thoughts, call a crisis line now or your local emergency number.
safety-no-lines = This plan has no crisis lines yet. Ask the staff for one.
progress-hint = How is each goal and step going? Note it for this review.
progress-not-noted = Not noted yet
score-target-none = Not an instrument score
score-target-below = Below
score-target-at-least = At least
contacts = People to call
contact-name = Name
relation = Relation
phone = Phone
lapse-plan = What to do after a lapse
crisis-lines = Crisis lines
crisis-line-name = Name
crisis-line-number = Number
aftercare = Long-term support
review-schedule = Review schedule
cadence = How often we review the plan
next-review = Next review date
review-history = Past reviews
review-date = Date
reviewed-by = Reviewed by
review-changes = What changed
review-reason = Why
signatures = Signatures
signature-name = Typed name
signature-role = Role
signature-date = Date
signature-time = Time
signature-credentials = Credentials or title
signed-revision = Signed revision { $revision }
copy-given = The person received a copy of this plan
statuses-list =
    Draft
    Active
    Under review
    Completed
signer-roles-list =
    Person in recovery
    Clinician
    Guardian or representative
    Supervisor
stages-list =
    Not yet thinking about change
    Thinking about change
    Getting ready to change
    Making changes
    Keeping changes going
priorities-list =
    High
    Medium
    Low
lifecycles-list =
    Proposed
    Active
    On hold
    Completed
    Cancelled
achievements-list =
    In progress
    Improving
    Getting harder
    No change yet
    Achieved
    Not achieved
categories-list =
    Withdrawal management
    Medication for substance use disorder
    Evidence-based therapies
    Complementary therapies
    Support networks
    Relapse prevention
    Aftercare
    Monitoring and review
cadences-list =
    Every week
    Every two weeks
    Every month
    Every three months
risk-areas-list =
    Intoxication and withdrawal
    Physical health
    Emotions and thinking
    Readiness to change
    Risk of continued use
    Recovery environment
assessment-fields-list =
    Withdrawal risk
    Physical health
    Mental health
    Co-occurring conditions
    Trauma
    Family background
    Social support
    Living situation
    Work or school stress
    Spiritual needs
    Past treatment
    Current medications
# The clinician's record: written by the clinician, never suggested by the widget.
clinical-fields-list =
    Diagnoses, as the clinician records them (code and words, one per line)
    Level of care the clinician determined
    Why this level of care
aftercare-fields-list =
    Support groups
    Community programs
    Continued therapy
    Learning resources
    Family support network
    When this part of care is finished, and what comes next

## The printable plan and the exports

printout-document-title = Individualized Treatment Plan
printout-not-filled-in = Not filled in.
printout-printed-on = Printed on
printout-page = Page
printout-page-of = of
printout-part2-heading = Confidential: protected by federal law
printout-part2-notice = This plan is a substance use disorder record. Federal law (42 CFR Part 2) protects it. It must not be shared again with anyone without the written consent of the person it is about, unless the law allows it.
printout-sign-here = Signature
printout-printed-name = Printed name
printout-attestation = I took part in making this plan and I agree with it.
printout-earlier-revision = A signature of an earlier revision signed the plan as it was then. This revision needs new signatures.
printout-copy-given = The person received a copy of this plan.
printout-copy-not-given = The person has not yet received a copy of this plan.
printout-who-to-call = Who to call
printout-my-plan = My plan, in plain words
printout-my-goals = What I am working on
printout-my-services = What I will do, how often, and who helps
printout-my-coping = What helps me when things get hard
printout-my-next-review = We will look at this plan together again on
printout-months-list =
    January
    February
    March
    April
    May
    June
    July
    August
    September
    October
    November
    December

printout-months-short-list =
    Jan
    Feb
    Mar
    Apr
    May
    Jun
    Jul
    Aug
    Sep
    Oct
    Nov
    Dec

printout-category = Kind of service
printout-no-changes = No changes.
printout-plan-category = Treatment plan for substance use
# The host page's identity of the person and clinician (header and the top of every page).
printout-legal-name = Legal name
printout-birth-date = Date of birth
printout-record-number = Record number
printout-clinician = Clinician
printout-organization = Organization
# On every page and export of a synthetic example (a teaching case or demo).
printout-synthetic = Synthetic example: not a real person
printout-synthetic-signatures = These signatures are part of the example. Nobody signed this plan.

## import_error

import-too-large = the file is { $size } MB; plan files can be at most { $limit } MB
import-empty = the file is empty; choose a plan file saved from this tool
import-syntax = the file is not valid JSON (line { $line }, column { $column }); it may be damaged or not a plan file
import-unexpected-end = the file ends too early; it may have been cut off while saving
import-too-deep = the file is nested too deeply to be a plan; check that it is a plan file
import-duplicate-key = this field is written more than once in the same place, and only one can count; keep the right one and remove the others
import-not-an-object = the file holds JSON, but not a plan
import-missing-version = schema_version is missing; is this a plan file from this tool?
import-version-not-a-number = schema_version must be a whole number
import-newer-version = this plan was saved by a newer version (format { $found }); this version reads up to format { $supported }. Open it with the newer version
import-unknown-version = format { $found } is not a known plan format
import-wrong-type = expected { $expected }, found { $found }
import-unknown-choice = '{ $found }' is not one of the choices; use one of: { $allowed }
import-missing-field = '{ $field }' is missing; add it
import-unknown-field = '{ $field }' is not a field of a plan; check its spelling or remove it
import-not-a-date = '{ $text }' is not a date; use YYYY-MM-DD
import-too-large-number = { $found } is outside the allowed range
import-duplicate-id = the id '{ $id }' is used twice; each item needs its own id
import-empty-id = the id is empty
import-missing-link = points to the { $target } '{ $id }', which is not in the plan
import-out-of-range = { $value } is too high; use 0 to { $max }

## gap

gap-no-goals = The plan has no goals yet.
gap-need-without-goal = { $item }: no goal works on this need yet.
gap-goal-without-need = { $item }: this goal is not linked to a need.
gap-goal-without-measure = { $item }: it does not say how it will be measured.
gap-goal-without-target = { $item }: it has no target yet.
gap-score-not-taken-yet = { $item }: it is measured by a questionnaire nobody has taken yet, so there is no starting point.
gap-goal-without-due = { $item }: it has no due date yet.
gap-template-blanks = { $item }: blanks from the example are not filled in: { $blanks }.
gap-goal-without-objective = { $item }: this goal has no objectives yet.
gap-goal-without-intervention = { $item }: no service helps with this goal yet.
gap-objective-without-due = { $item }: this objective has no due date.
gap-objective-without-measure = { $item }: this objective does not say how it will be measured.
gap-component-without-frequency = { $item }: it does not say how often.
gap-component-without-responsible = { $item }: no one is named as responsible for it.
gap-component-serves-no-goal = { $item }: this service does not help with any goal yet.
gap-no-diagnosis = The clinician has not recorded a diagnosis.
gap-no-level-of-care = The clinician has not recorded the level of care.
gap-no-review-date = No next review date is set.
gap-review-date-passed = The next review date, { $date }, has passed.

## gap_fix

gap-fix-no-goals = Add the first goal
gap-fix-need-without-goal = Choose a goal for { $item }
gap-fix-goal-without-need = Link { $item } to a need
gap-fix-goal-without-measure = Add a measure to { $item }
gap-fix-goal-without-target = Add a target to { $item }
gap-fix-score-not-taken-yet = Take the questionnaire for { $item }
gap-fix-goal-without-due = Add a due date to { $item }
gap-fix-template-blanks = Fill in the blanks in { $item }
gap-fix-goal-without-objective = Add an objective to { $item }
gap-fix-goal-without-intervention = Choose a service for { $item }
gap-fix-objective-without-due = Add a due date to { $item }
gap-fix-objective-without-measure = Add a measure to { $item }
gap-fix-component-without-frequency = Say how often: { $item }
gap-fix-component-without-responsible = Name who is responsible: { $item }
gap-fix-component-serves-no-goal = Link { $item } to a goal
gap-fix-no-diagnosis = Record the diagnoses
gap-fix-no-level-of-care = Record the level of care
gap-fix-no-review-date = Set the next review date
gap-fix-review-date-passed = Set a new review date

## target

target-need = need
target-component = plan component
target-contributor = contributor
target-substance = substance row
target-trigger = trigger
target-strength = strength

## found_words

found-text = the text { $text }
found-number = the number { $n }
found-true = true (yes)
found-false = false (no)
found-nothing = nothing (null)
found-array = a list
found-object = an object

## expected_words

expected-text = text
expected-whole-number = a whole number
expected-true-false = true or false
expected-array = a list
expected-object = an object with fields

## Numbers, labels and sentences with placeholders

# The decimal mark in "4.0 MB".
decimal-mark = .
# "Goal 3", naming a goal.
goal-number = Goal { $number }
# "Objective 2.1": the 1st objective of goal 2.
objective-number = Objective { $goal }.{ $number }
# A date and a time of day: "2026-04-01 14:05".
date-time = { $date } { $time }
# A date as a sentence writes it: "December 7, 2026". $month is a name from
# printout-months-list (date-long) or printout-months-short-list (date-short).
date-long = { $month } { $day }, { $year }
# A date where space is short (tables and charts): "Dec 7, 2026".
date-short = { $month } { $day }, { $year }
paper-letter = Letter
paper-a4 = A4
# A gap's item with the person's words for it.
gap-item-named = { $item } ({ $words })
# A problem in a file and where it is.
at-path = { $path }: { $message }
gap-unsigned-person = The person has not signed this plan yet.
gap-unsigned-clinician = A clinician has not signed this plan yet.
gap-resign-person = The person signed revision { $earlier }. Revision { $revision } needs a new signature.
gap-resign-clinician = A clinician signed revision { $earlier }. Revision { $revision } needs a new signature.
gap-fix-unsigned-person = Add the person's signature
gap-fix-unsigned-clinician = Add a clinician's signature

## The language

# What a plan's "preferred language" may say for this language (lower case).
language-words =
    english
    inglés
    ingles

## The review history: one line per change

change-added = Added
change-removed = Removed
change-changed = Changed
change-to-goal = to the goal
change-from-goal = from the goal
change-order-of = Changed the order of
change-wording = wording
change-template = starting template
change-category = kind of service
change-score-target = score to reach
change-kinds-list =
    the list item
    the care team member
    the person taking part
    the substance
    the need
    the goal
    the objective
    the service
    the contact
    the crisis line
    the signature
    the finding
    the measurement
    the barrier
change-kinds-plural-list =
    the list items
    the care team
    the people taking part
    the substances
    the needs
    the goals
    the objectives
    the services
    the contacts
    the crisis lines
    the signatures
    the findings
    the measurements
    the barriers
change-sections-list =
    the plan
    the details about the person
    the assessment
    relapse prevention
    long-term support
    the review schedule
    signatures and copy

## Words the SMART coach and the migration look for in what people type.
## One per line, lower case, without accents; never shown.

coach-number-words =
    zero
    two
    three
    four
    five
    six
    seven
    eight
    nine
    ten
    eleven
    twelve
    fifteen
    twenty
    thirty
    forty
    fifty
    sixty
    ninety
    hundred
    once
    twice
    thrice
    dozen
    half

# Words that count something without a number: "a", "un", "few".
coach-amount-words =
    a
    an
    one
    few
    couple

coach-periods-words =
    day
    days
    week
    weeks
    month
    months
    year
    years
    morning
    mornings
    night
    nights
    evening
    evenings
    afternoon
    weekday
    weekdays
    weekend
    weekends

coach-weekdays-words =
    monday
    tuesday
    wednesday
    thursday
    friday
    saturday
    sunday

coach-months-words =
    january
    february
    march
    april
    may
    june
    july
    august
    september
    october
    november
    december
    jan
    feb
    mar
    apr
    jun
    jul
    aug
    sep
    sept
    oct
    nov
    dec

coach-frequency-words =
    daily
    weekly
    monthly
    nightly
    biweekly
    mondays
    tuesdays
    wednesdays
    thursdays
    fridays
    saturdays
    sundays
    weekdays
    weeknights

coach-frequency-phrases-words =
    every other day
    every other week
    times a
    times per
    time a

# After these, "a week" is how long, not how often.
coach-duration-preps-words =
    in
    within
    for
    after

coach-deadline-preps-words =
    by
    before
    until
    till

coach-month-preps-words =
    by
    before
    until
    till
    in
    on
    of

coach-deadline-anchors-words =
    end
    next
    tomorrow
    christmas
    summer
    winter
    spring
    autumn
    thanksgiving
    graduation
    discharge
    treatment
    birthday
    fall

coach-relative-deadlines-words =
    this week
    this month
    this year
    next week
    next month
    next year
    tomorrow
    tonight
    today
    next visit
    next appointment

# Words that only say "better" or "try" without saying what.
coach-vague-phrases-words =
    get better
    do better
    be better
    feel better
    be good
    better
    improve
    work on
    try
    try to
    deal with
    handle
    get my life together
    get it together
    fix
    be healthy
    be happy
    healthy
    calmer
    stronger
    happier
    healthier

# Words that stand in for a thing without naming it.
coach-vague-nouns-words =
    stuff
    things
    thing
    something
    somehow
    etc

# "more" and "less": a direction without an amount.
coach-comparatives-words =
    more
    less
    fewer
    reduce
    increase

# "no more drinking" and "nunca más" say stop, not "more".
coach-negations-words =
    no
    any
    never

# Words that are in the vague phrases and say nothing on their own.
coach-vague-words =
    better
    improve
    try
    trying
    good
    well
    fix
    handle
    deal
    healthy
    happy
    together
    more
    less
    fewer
    calmer
    stronger
    happier
    healthier

# Small words that carry no content of their own.
coach-stopwords-words =
    i
    im
    ill
    ive
    me
    my
    myself
    to
    the
    a
    an
    and
    or
    of
    in
    on
    at
    for
    with
    be
    get
    getting
    do
    doing
    will
    want
    wanna
    would
    like
    going
    gonna
    am
    is
    are
    it
    its
    this
    that
    some
    really
    just
    very
    so
    lot
    much
    can
    could
    should
    feel
    life
    work
    again
    all
    not
    no
    dont
    person
    more
    little
    bit
    about
    have
    has
    feeling
    free

# In a target, words that make a yes-or-no goal countable: "done".
coach-completion-words =
    complete
    completed
    finish
    finished
    done
    yes
    all
    every
    none
    zero

# Words that aim at a part of life without saying what will be done: "sort out my money".
coach-broad-verbs-words =
    sort out
    take care of
    get control of
    get control over
    get a handle on
    control
    manage
    focus on
    figure out
    be there for

# Parts of life that a goal may name without saying what will be done there.
coach-life-areas-words =
    health
    life
    recovery
    future
    mood
    attitude
    relationship
    relationships
    situation
    habits
    behavior

# Feelings, cravings and thoughts: nobody can fully control them.
coach-feelings-words =
    anxious
    anxiety
    sad
    sadness
    depressed
    depression
    angry
    anger
    mad
    lonely
    stressed
    stress
    scared
    afraid
    worried
    nervous
    upset
    ashamed
    guilty
    hopeless
    calm
    calmer
    happy
    happier
    craving
    cravings
    crave
    urge
    urges
    think
    thinking
    thoughts

# With a feeling, these ask for it never, or always: "never be anxious again".
coach-never-words =
    never
    not
    no
    no more
    again
    anymore
    always
    ever
    forever
    all the time

# Verbs that stop or come off something: "stop", "quit", "come off".
coach-stop-verbs-words =
    stop
    stopping
    quit
    quitting
    come off
    get off
    go off

# Medicines that are prescribed, to notice stopping one.
coach-medicines-words =
    methadone
    buprenorphine
    suboxone
    subutex
    sublocade
    naltrexone
    vivitrol
    acamprosate
    disulfiram
    antabuse
    antidepressant
    antidepressants
    medication
    medications
    medicine
    medicines
    meds
    prescription

# Words that bring the prescriber or a slow change into stopping a medicine.
coach-prescriber-words =
    doctor
    doctors
    dr
    prescriber
    prescribed
    nurse
    psychiatrist
    clinic
    taper
    tapering
    slowly
    gradually

# Things that take a place and other people's time: meetings, sessions, visits.
coach-events-words =
    meeting
    meetings
    session
    sessions
    group
    groups
    class
    classes
    appointment
    appointments
    visit
    visits

# Before a period, these make "3 meetings a week" a count per period.
coach-per-words =
    a
    an
    per
    each
    every

# Periods by length, to work out how many a week.
coach-day-words =
    day
    days
    night
    nights

coach-week-words =
    week
    weeks

coach-month-words =
    month
    months

# A goal's subject, so a suggestion's example fits it.
coach-alcohol-words =
    alcohol
    drink
    drinks
    drinking
    drunk
    beer
    beers
    wine
    liquor
    vodka
    whiskey
    aa

coach-drugs-words =
    drugs
    drug
    using
    opioids
    opioid
    fentanyl
    heroin
    methadone
    buprenorphine
    suboxone
    oxy
    oxycodone
    meth
    methamphetamine
    cocaine
    crack
    cannabis
    marijuana
    weed
    naloxone
    narcan
    na

coach-tobacco-words =
    smoke
    smoking
    cigarette
    cigarettes
    cigs
    tobacco
    nicotine
    vape
    vaping

coach-money-words =
    money
    cash
    savings
    save
    budget
    bills
    rent
    debt
    debts
    paycheck
    payday
    paydays
    bank
    spending
    finances

coach-family-words =
    family
    kids
    kid
    children
    child
    son
    daughter
    wife
    husband
    partner
    parent
    parents
    dad
    mom
    mother
    father
    baby
    grandkids
    grandchildren

# Words in an old free-text signature role that mean the person the plan is for (English and Spanish, lower case).
migrate-person-words =
    person
    client
    patient
    participant
    self

migrate-guardian-words =
    guardian
    representative
    parent

migrate-supervisor-words =
    supervisor
