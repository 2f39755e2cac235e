# Español. Same messages and { $placeholders } as en.ftl.

## Fixed texts of the widget: its frame, the first step and what every step shows

widget-name = Plan de tratamiento
untitled = Plan sin título
undo = Deshacer
redo = Rehacer
edit-failed = No se pudo hacer ese cambio
import-failed = No se pudo abrir el archivo del plan. Su plan actual no cambió.
remove = Quitar
add = Agregar
step-loading = Preparando este paso…
draft-opening = Abriendo el plan guardado…
catalog-unreadable = No se pudo leer la lista de servicios de la clínica, así que este paso no se puede mostrar. Avise al equipo web de la clínica.
steps = Pasos del plan
go-back = ← Atrás: { $step }
go-next = Siguiente: { $step } →
default-crisis-line = Línea 988 de Prevención del Suicidio y Crisis (llame o envíe un texto)
open-plan-file = Abrir un archivo de plan
finished-clear-plan = Terminé: borrar mi plan
clear-draft = Borrar el borrador guardado
draft-cleared = Se quitó la copia guardada en este dispositivo. Su próximo cambio se guardará de nuevo.
crash-heading = Algo salió mal
crash-body = El plan está a salvo. Descárguelo ahora y luego reinicie. Después, abra el archivo para seguir.
crash-body-kiosk = Reinicie, por favor. No se guarda nada del último plan en este dispositivo.
crash-download = Descargar el plan (JSON)
crash-restart = Reiniciar
ui-language = Idioma

## The plan's words in the first step: the steps, the plan and the person

step-person = Sobre la persona
step-assessment = Evaluación
step-needs = Necesidades
step-goals = Metas
step-components = Servicios y apoyos
step-relapse = Prevención de recaídas
step-aftercare = Apoyo continuo y revisión
step-finish = Revisar y terminar
plan-title = Título del plan
effective-date = Fecha de inicio del plan
target-date = Fecha meta del plan
preferred-name = Nombre preferido o iniciales
pronouns = Pronombres
language = Idioma preferido
culture-identity = Cultura e identidad
care-team = Equipo de atención
member-name = Nombre
member-role = Función
member-contact = Contacto
contributors = Quiénes participan
contributor-name = Nombre
contributor-role = Participa como
roles-list =
    Persona en recuperación
    Profesional clínico
    Familiar
    Compañero de apoyo
    Otro
text-lists-list =
    Fortalezas
    Preferencias (por ejemplo en grupo o individual, mejores horarios)
    Detonantes
    Detonantes externos (personas, lugares, cosas)
    Detonantes internos (sentimientos, pensamientos)
    Señales tempranas de alerta
    Formas de afrontar

## edit_error

edit-error-not-found = El elemento ({ $kind }) '{ $id }' ya no está en el plan.
edit-error-out-of-range = { $value } es demasiado alto; use de 0 a { $max }.
edit-error-risk-view-off = Active la vista de riesgos antes de calificar un área.
edit-error-position-out-of-range = La posición { $position } está fuera de la lista de { $len }.
edit-error-locked = Este plan está firmado y en uso. Empiece una revisión para cambiarlo.
edit-error-already-in-plan = { $name } ya está en el plan. Cámbielo donde está, en su tipo de servicio.
edit-error-example-read-only = Este es un ejemplo sintético para leer. Haga una copia editable para cambiarlo.
edit-error-review-in-progress = Este plan está en revisión. Primero termine la revisión; después se puede firmar la nueva revisión.
edit-error-no-review-in-progress = No hay ninguna revisión en curso para terminar.
edit-error-not-ready = El resto del widget todavía se está cargando. Inténtelo de nuevo en un momento.

## kind

kind-text-item = elemento de la lista
kind-care-team-member = miembro del equipo de atención
kind-contributor = participante
kind-substance = fila de sustancia
kind-need = necesidad
kind-goal = meta
kind-objective = objetivo
kind-component = componente del plan
kind-contact = contacto
kind-crisis-line = línea de crisis
kind-signature = firma
kind-finding = hallazgo de la evaluación
kind-measurement = medición
kind-barrier = obstáculo

## Numbers, labels and sentences with placeholders

numbered = { $label } { $n }
named = { $label }: { $item }
step-of = Paso { $number } de { $total }

## The language

language-name = Español

## Errors for the host page's developer (mount options)

mount-options = plan-composer: opciones de montaje: { $error }
mount-not-an-object = plan-composer: las opciones de mount deben ser un objeto, como { "{" } lang: 'es' { "}" }
mount-unknown-option = plan-composer: la opción "{ $name }" no existe (las opciones son { $names })
mount-option = plan-composer: opción { $name }: { $error }
mount-idle-seconds = plan-composer: idleResetSeconds debe ser un número entero de segundos de { $from } a { $to }, no { $given }
mount-idle-seconds-that-value = ese valor
mount-drafts-choice = plan-composer: drafts debe ser "local" o "session", no "{ $given }"
mount-drafts-in-kiosk = plan-composer: drafts no se puede usar con idleResetSeconds: un quiosco no guarda nada
mount-drafts = plan-composer: drafts: { $error }
mount-not-ready = plan-composer: { $call } necesita el resto del widget, que todavía se está cargando: espere a composer.ready antes
case-not-synthetic = este plan no está marcado como ejemplo sintético ("synthetic" en el archivo); el modo para educadores solo abre casos sintéticos

## ON DEMAND
## Everything below is used only by the on-demand part of the widget (the steps
## after the first, the review, reading plan files, the exports, the coach), which
## follows the first step. The release build keeps these words out of what a page
## loads first. Every message is on the same side of this line as in en.ftl.

## Shown only by the part: a signed plan, the kiosk's warning, problems in the host's files

signed-locked = Este plan está firmado y en uso, así que no se puede cambiar aquí.
signed-locked-hint = Para cambiarlo, empiece una revisión. Lo que cambie se anota y se guarda en el historial de revisiones del plan, y la nueva revisión se vuelve a firmar.
start-review = Empezar una revisión de este plan
still-there = ¿Sigue ahí?
still-here = Sigo aquí
idle-warning = Para proteger su información, este plan se borrará en { $seconds ->
        [one] { $seconds } segundo
        [many] { $seconds } de segundos
       *[other] { $seconds } segundos
    }. Toque el botón para seguir trabajando.
mount-notes = plan-composer: educatorNotesJson no se puede leer como notas para educadores:
mount-instruments = plan-composer: instrumentsJson no se puede leer como instrumentos:
mount-case = plan-composer: educatorCase no se puede abrir como caso sintético:
mount-catalog = plan-composer: catalogJson tiene { $count ->
        [one] { $count } problema
        [many] { $count } de problemas
       *[other] { $count } problemas
    }:

## notice

notice-goal-no-longer-addresses-need = La meta "{ $goal }" ya no atiende la necesidad eliminada "{ $need }".
notice-objective-lost-intervention = El objetivo "{ $objective }" ya no tiene el componente eliminado "{ $component }".
notice-need-lost-finding = La necesidad "{ $need }" perdió el enlace a un hallazgo eliminado de la evaluación.
notice-goal-lost-contributor = La meta "{ $goal }" ya no indica quién la expresó.
notice-goal-lost-strength = La meta "{ $goal }" ya no incluye la fortaleza eliminada "{ $strength }".
notice-proposed-goals-active =
    { $count ->
        [one] El plan está en uso, así que su meta propuesta ahora está activa.
       *[other] El plan está en uso, así que sus { $count } metas propuestas ahora están activas.
    }

## Fixed texts of the steps after the first

no-goals-yet = Todavía no hay metas. Agregue la primera abajo.
new-goal = Nueva meta, en las palabras de la persona
new-goal-hint = Por ejemplo: Ir a dos reuniones de apoyo cada semana
add-goal = Agregar meta
goal-measure-hint = Por ejemplo: reuniones a las que asistió, según la hoja de firmas
goal-target-hint = Por ejemplo: 2 reuniones por semana
remove-goal = Quitar meta
plan-json = Datos del plan (JSON)
download-json = Descargar JSON
not-answered = Sin respuesta
use-risk-view = Usar la vista de seis áreas
needs-intro = ¿Qué necesita más la persona ahora? Escriba cada necesidad con sus propias palabras y marque de qué parte de la evaluación viene.
suggested-needs = Sugerencias a partir de la evaluación
suggested-needs-hint = No se agrega nada a menos que usted lo elija. Cambie las palabras después si no encajan.
add-this-need = Agregar esta necesidad
no-needs-yet = Todavía no hay necesidades.
add-need = Agregar una necesidad
smart-check = Revisión SMART
smart-all-met = Esta meta es específica, medible, alcanzable, relevante y con fecha.
no-components-yet = Todavía no hay servicios elegidos. Elíjalos en el paso “Servicios y apoyos”.
no-needs-to-link = Todavía no hay necesidades. Agréguelas en el paso “Necesidades”.
goal-status-and-progress = Estado y avance de la meta
add-objective = Agregar un objetivo
goals-intro = Escriba cada meta con las palabras de la persona. Las letras muestran qué tan SMART es mientras escribe: específica, medible, alcanzable, relevante y con fecha.
start-from-template = O empiece con un ejemplo
choose-template = Elija una meta de ejemplo
use-template = Usar esta meta
template-fill-hint = Complete los espacios en blanco para que esta meta sea suya. Un espacio que deje vacío queda en la meta, para completarlo después.
template-blanks-list =
    cuántos
    cuántas veces
    qué fecha
    qué sustancia
    dónde
    qué programa
    quién me apoya
    qué tipo
    quién lo receta
    quién
    qué actividad
    qué tipo de reunión
    quién lleva mi caso
    cada cuánto
    qué necesidad
    quién ayuda
    qué persona
    qué hogar
    qué paso
    qué médico o clínica
serves-no-goal-yet = ninguna meta todavía: conéctelo desde un objetivo de una meta
components-intro = Elija los servicios y apoyos que le sirven a esta persona. Abra un nombre para leer por qué ayuda. Los medicamentos siempre son “según lo recetado” por quien los receta.
in-the-plan = En el plan
add-to-plan = Agregar al plan
lapse-plan-hint = Por ejemplo: Llamar a mi padrino el mismo día e ir a una reunión. Un desliz es una oportunidad para aprender, no un fracaso.
sign = Agregar firma
signature-needs-name-and-date = Una firma necesita un nombre y una fecha completa.
gaps-heading = Falta por hacer
no-gaps = No falta nada: cada necesidad tiene una meta, cada meta se puede medir y tiene un servicio, hay fecha de revisión y esta revisión está firmada.
earlier-revision-signatures = Las firmas de una revisión anterior firmaron el plan como estaba entonces. Esta revisión necesita firmas nuevas.
take-the-plan = Llévese el plan
large-print = Letra grande
paper-size = Tamaño del papel
print-plan = Imprimir o guardar como PDF
print-my-plan-page = Imprimir la página de mi plan
my-plan-page-frame = La página de mi plan, lista para imprimir
download-printable = Descargar plan para imprimir (HTML)
download-fhir = Descargar FHIR (para sistemas de expedientes)
educator-banner = Ejemplo sintético, para leer
educator-hint = Este caso es inventado para aprender. Recórralo con Siguiente y Atrás. Aquí no se puede cambiar nada.
why-this-matters = Por qué importa
based-on = Basado en
show-smart-view = Mostrar cómo cada meta cumple SMART
make-editable-copy = Hacer una copia editable
show-in-plan = En el plan: ir a él
clinical-record = El registro del profesional clínico
clinical-record-hint = Lo llena el profesional clínico. La herramienta nunca sugiere un diagnóstico ni un nivel de atención.
triggers-from-assessment = Detonantes de la evaluación
add-as-outside-trigger = Agregar como detonante externo
add-as-inside-trigger = Agregar como detonante interno
download-fhir-transaction = Descargar FHIR para el servidor de un sistema de expedientes
copy-text = Copiar como texto para una nota
copied = Copiado. Péguelo en la nota del sistema de expedientes.
copy-failed = Este navegador no permitió copiar. Descargue el plan para imprimir.
print-preview = Vista previa del plan para imprimir
review-in-progress = Revisión en curso
review-in-progress-hint = Este plan se abrió para revisarlo. Los cambios aparecen a medida que los hace; al terminar la revisión quedan en el historial del plan y empieza una nueva revisión.
no-changes-yet = Todavía no hay cambios.
finish-review = Terminar la revisión
review-needs-reviewer = Escriba quién revisó el plan. La fecha es la de hoy en este dispositivo.

## SmartReason

smart-reason-clear-action = La meta dice qué se va a hacer.
smart-reason-statement-empty = La meta todavía no tiene palabras.
smart-reason-still-template = La meta todavía tiene las palabras de ejemplo de la plantilla.
smart-reason-vague-wording = Palabras como "mejorar", "intentar" o "más" todavía no dicen qué se va a hacer.
smart-reason-vague-things = Palabras como "cosas" o "algo" no dicen exactamente qué.
smart-reason-too-brief = Una sola palabra todavía no dice qué se va a hacer.
smart-reason-broad-aim = Palabras como "arreglar" o "cuidar" nombran una parte de la vida, pero no dicen qué se va a hacer.
smart-reason-only-a-feeling = La meta nombra un sentimiento que se quiere tener o evitar, pero no lo que la persona va a hacer.
smart-reason-measure-and-target = La meta tiene una forma de medirla y una cifra a alcanzar.
smart-reason-target-set = La meta tiene una cifra a alcanzar que se puede contar.
smart-reason-number-in-text = La meta tiene un número, así que se puede contar el avance.
smart-reason-instrument-score = La meta se mide con el puntaje de un cuestionario, con un número a alcanzar.
smart-reason-how-often-in-text = La meta dice con qué frecuencia, así que se puede contar el avance.
smart-reason-measure-no-target = Hay una forma de medirla, pero todavía no hay una cifra a alcanzar.
smart-reason-target-no-number = La cifra a alcanzar no dice cuánto ni con qué frecuencia.
smart-reason-more-or-less-no-number = "Más" o "menos" es difícil de contar sin un número.
smart-reason-no-number = Todavía no hay un número ni una forma de contar el avance.
smart-reason-confidence-high = La persona se siente segura de poder lograrlo.
smart-reason-confidence-middle = La persona se siente algo segura de poder lograrlo.
smart-reason-confidence-low = La persona todavía no se siente segura de poder lograrlo.
smart-reason-not-rated-yet = La meta parece alcanzable, pero la persona no ha dicho qué tan segura se siente.
smart-reason-no-confidence = La persona todavía no ha dicho qué tan segura se siente con esta meta.
smart-reason-inner-experience = Nadie puede controlar del todo los sentimientos, los antojos o los pensamientos, así que no tenerlos nunca (o tenerlos siempre) no es una meta que se pueda lograr.
smart-reason-too-many-a-week = Son más reuniones, sesiones o visitas por semana de las que la mayoría de las personas puede mantener.
smart-reason-stop-medicine-alone = Dejar un medicamento recetado sin quien lo receta, o de golpe, puede ser peligroso.
smart-reason-linked-to-need = La meta está vinculada a una necesidad del plan.
smart-reason-link-broken = La meta apunta a una necesidad que ya no está en el plan.
smart-reason-not-linked = La meta todavía no está vinculada a una necesidad.
smart-reason-no-needs-yet = El plan todavía no tiene necesidades, así que la meta no se puede vincular.
smart-reason-due-date-set = La meta tiene una fecha límite.
smart-reason-past-due = La fecha límite ya pasó.
smart-reason-deadline-in-text = La meta dice para cuándo, con sus propias palabras.
smart-reason-only-how-often = La meta dice con qué frecuencia, pero no cuándo se revisará el avance.
smart-reason-no-time-frame = La meta todavía no dice cuándo.

## SmartSuggestion

smart-suggestion-keep-as-is = No hay nada que cambiar aquí.
smart-suggestion-write-goal = Escriba la meta con las palabras de la persona, por ejemplo: Ir a 2 reuniones de apoyo cada semana.
smart-suggestion-fill-in-template = Ponga la meta en las palabras de la persona y llene los espacios en blanco, como {"{"}n{"}"}.
smart-suggestion-say-what-to-do = Diga qué va a hacer la persona, por ejemplo: Ir a 2 reuniones de apoyo cada semana.
smart-suggestion-say-what-to-do-drinking = Diga qué va a hacer la persona, por ejemplo: Llamar a mi madrina cuando tenga ganas de beber.
smart-suggestion-say-what-to-do-using = Diga qué va a hacer la persona, por ejemplo: Llamar a mi padrino cuando tenga ganas de consumir.
smart-suggestion-say-what-to-do-smoking = Diga qué va a hacer la persona, por ejemplo: Salir a caminar un rato cuando tenga ganas de fumar.
smart-suggestion-say-what-to-do-money = Diga qué va a hacer la persona, por ejemplo: Guardar 200 pesos en ahorros cada quincena.
smart-suggestion-say-what-to-do-family = Diga qué va a hacer la persona, por ejemplo: Leerle un cuento a mi hijo 3 noches por semana.
smart-suggestion-say-what-to-do-feelings = Diga qué va a hacer la persona cuando llegue el sentimiento, por ejemplo: Llamar a una amiga cuando me sienta ansiosa.
smart-suggestion-name-the-thing = Nombre la cosa exacta, por ejemplo: No pasar por los lugares donde bebía o consumía.
smart-suggestion-add-target = Agregue una cifra a alcanzar, por ejemplo: 3 veces por semana.
smart-suggestion-add-measure = Agregue cómo se contará el avance, por ejemplo: las veces que lo hizo, marcadas en un calendario.
smart-suggestion-add-measure-drinking = Agregue cómo se contará el avance, por ejemplo: días sin beber, marcados en un calendario.
smart-suggestion-add-measure-using = Agregue cómo se contará el avance, por ejemplo: días sin consumir, marcados en un calendario.
smart-suggestion-add-measure-smoking = Agregue cómo se contará el avance, por ejemplo: días sin fumar ni vapear, marcados en un calendario.
smart-suggestion-add-measure-money = Agregue cómo se contará el avance, por ejemplo: el dinero que ahorró cada quincena, según el banco.
smart-suggestion-add-measure-family = Agregue cómo se contará el avance, por ejemplo: las tardes que pasó con la familia, marcadas en un calendario.
smart-suggestion-add-measure-feelings = Agregue cómo se contará el avance, por ejemplo: las veces que usó una habilidad para afrontar, anotadas en una libreta.
smart-suggestion-add-how-much = Diga cuánto o con qué frecuencia, por ejemplo: 3 veces por semana en vez de una.
smart-suggestion-ask-what-would-help = Pregunte qué lo haría más fácil, y ajuste la meta hasta que parezca alcanzable.
smart-suggestion-make-smaller = Pruebe un primer paso más pequeño, por ejemplo: 1 reunión por semana en vez de 5.
smart-suggestion-ask-confidence = Pregunte: del 0 al 10, ¿qué tan seguro o segura se siente de poder lograrlo?
smart-suggestion-aim-for-actions = Apunte a lo que la persona puede hacer cuando llega un sentimiento o un antojo, por ejemplo: Usar una habilidad para afrontar cuando lleguen las ganas.
smart-suggestion-choose-keepable-number = Elija un número que la persona pueda mantener semana tras semana, por ejemplo: 3 reuniones por semana para empezar.
smart-suggestion-plan-with-prescriber = Planee cualquier cambio de un medicamento junto con quien lo receta, por ejemplo: Hablar con mi médico sobre este medicamento en mi próxima cita.
smart-suggestion-link-to-need = Elija la necesidad con la que ayuda esta meta.
smart-suggestion-add-need-first = Agregue la necesidad con la que ayuda esta meta, en palabras de la persona, y luego vincúlelas.
smart-suggestion-choose-new-date = Elija una nueva fecha, o marque la meta como lograda si ya se cumplió.
smart-suggestion-add-check-date = Agregue una fecha para revisar el avance, por ejemplo: dentro de 30 días.
smart-suggestion-add-due-date = Agregue una fecha límite, por ejemplo: el fin del próximo mes.
smart-suggestion-set-due-date-field = Ponga también la fecha límite, para que el plan le dé seguimiento.

## SmartLetter

smart-letter-s = Específica
smart-letter-m = Medible
smart-letter-a = Alcanzable
smart-letter-r = Relevante
smart-letter-t = Con fecha

## SmartStatus

smart-status-met = Cumple
smart-status-needs-work = Se puede mejorar
smart-status-missing = Falta

## The plan's words in the other steps and the exports: headings, field labels, choices

plan-status = Estado del plan
revision = Revisión
created = Creado
substances = Historial de uso de sustancias
substance = Sustancia
pattern = Patrón de uso
route = Forma de uso
age-of-onset = Edad del primer uso
last-use = Último uso
readiness = Disposición para el cambio
stage-of-change = Etapa de cambio
readiness-ruler = Regla de disposición (0 = no está listo, 10 = muy listo)
risk-view = Vista de seis áreas (opcional)
risk-view-note = 0 significa ninguna preocupación y 4 significa preocupación muy alta. Esta vista ayuda al equipo a conversar; no decide un nivel de atención.
risk-scale-list =
    0 – ninguna
    1 – leve
    2 – moderada
    3 – alta
    4 – muy alta
need = Necesidad, en palabras de la persona
need-problem = La misma necesidad en términos clínicos (planteamiento del problema)
findings = Viene de
goal = Meta, en palabras de la persona
measure = Cómo la vamos a medir
target = Objetivo numérico
due = Fecha límite
priority = Prioridad
lifecycle = Estado de la meta
achievement = Avance
confidence = Qué tan segura se siente la persona de lograrlo (0-10)
expressed-by = En palabras de quién
addresses = Necesidades que atiende
objectives = Objetivos (pasos hacia la meta)
objective = Objetivo
interventions = Servicios que ayudan con este paso
add-service-for-step = Agregar un servicio para este paso
choose-service = Elija un servicio
add-and-link = Agregar y enlazar
strengths-that-help = Fortalezas que ayudan
no-strengths-to-link = Todavía no hay fortalezas. Agréguelas en el paso “Sobre la persona”.
barriers = Lo que puede ser un obstáculo
component-name = Servicio
details = Detalles
frequency = Con qué frecuencia
setting = Dónde
responsible = Persona responsable
start = Fecha de inicio
serves-goals = Ayuda con las metas
services-for-goal = Servicios para esta meta
measures = Mediciones
measure-date = Fecha
measure-score = Puntaje
measure-band = Rango publicado
progress = Avance
progress-note = Nota
progress-at-reviews = Avance en las revisiones
progress-statuses-list =
    Sin empezar
    Algo de avance
    Cumplido
    Cambiado
    Suspendido
score-target = Puntaje a alcanzar
score-below = { $score } menor que { $value }
score-at-least = { $score } de { $value } o más
score-of = { $value } de { $max }
measures-hint = Cuestionarios estándar, calificados en este dispositivo. Hágalos al inicio y otra vez en cada revisión para ver el cambio con el tiempo.
measures-loading = Preparando los cuestionarios…
measures-unavailable = No se pudieron cargar los cuestionarios. El plan funciona igual sin ellos.
take-questionnaire = Hacer un cuestionario
start-questionnaire = Empezar
record-answers = Guardar las respuestas
cancel-questionnaire = Cancelar
answer-every-item = Conteste todas las preguntas antes de guardar.
no-measures-yet = Todavía no se ha hecho ningún cuestionario.
remove-measurement = Quitar este resultado
measurement-taken = { $name }, { $date }: { $scores }
safety-heading = Hable ahora con su profesional clínico
safety-body = Una de sus respuestas dice que ha pensado que estaría mejor muerto o en hacerse daño. Dígaselo ahora a su profesional clínico o al personal, antes de irse. Si cree que podría actuar según esos pensamientos, llame ahora a una línea de crisis o al número de emergencias de su zona.
safety-no-lines = Este plan todavía no tiene líneas de crisis. Pida una al personal.
progress-hint = ¿Cómo va cada meta y cada paso? Anótelo para esta revisión.
progress-not-noted = Todavía sin anotar
score-target-none = No es un puntaje de un instrumento
score-target-below = Menor que
score-target-at-least = Al menos
contacts = Personas a quienes llamar
contact-name = Nombre
relation = Relación
phone = Teléfono
lapse-plan = Qué hacer después de un desliz
crisis-lines = Líneas de crisis
crisis-line-name = Nombre
crisis-line-number = Número
aftercare = Apoyo a largo plazo
review-schedule = Calendario de revisión
cadence = Cada cuánto revisamos el plan
next-review = Próxima revisión
review-history = Revisiones anteriores
review-date = Fecha
reviewed-by = Revisado por
review-changes = Qué cambió
review-reason = Por qué
signatures = Firmas
signature-name = Nombre escrito
signature-role = Función
signature-date = Fecha
signature-time = Hora
signature-credentials = Credenciales o cargo
signed-revision = Firmó la revisión { $revision }
copy-given = La persona recibió una copia de este plan
statuses-list =
    Borrador
    Activo
    En revisión
    Terminado
signer-roles-list =
    Persona en recuperación
    Profesional clínico
    Tutor o representante
    Supervisor
stages-list =
    Todavía no piensa en cambiar
    Piensa en cambiar
    Se prepara para cambiar
    Está haciendo cambios
    Mantiene los cambios
priorities-list =
    Alta
    Media
    Baja
lifecycles-list =
    Propuesta
    Activa
    En pausa
    Terminada
    Cancelada
achievements-list =
    En curso
    Mejorando
    Se está haciendo más difícil
    Sin cambios todavía
    Lograda
    No lograda
categories-list =
    Manejo de la abstinencia
    Medicamentos para el trastorno por uso de sustancias
    Terapias basadas en evidencia
    Terapias complementarias
    Redes de apoyo
    Prevención de recaídas
    Apoyo continuo
    Seguimiento y revisión
cadences-list =
    Cada semana
    Cada dos semanas
    Cada mes
    Cada tres meses
risk-areas-list =
    Intoxicación y abstinencia
    Salud física
    Emociones y pensamiento
    Disposición para el cambio
    Riesgo de seguir usando
    Entorno de recuperación
assessment-fields-list =
    Riesgo de abstinencia
    Salud física
    Salud mental
    Condiciones concurrentes
    Trauma
    Historia familiar
    Apoyo social
    Situación de vivienda
    Estrés en el trabajo o la escuela
    Necesidades espirituales
    Tratamientos anteriores
    Medicamentos actuales
clinical-fields-list =
    Diagnósticos, como los registra el profesional clínico (código y palabras, uno por línea)
    Nivel de atención que determinó el profesional clínico
    Por qué este nivel de atención
aftercare-fields-list =
    Grupos de apoyo
    Programas comunitarios
    Terapia continua
    Recursos para aprender
    Red de apoyo familiar
    Cuándo termina esta parte de la atención, y qué sigue

## The printable plan and the exports

printout-document-title = Plan de tratamiento individualizado
printout-not-filled-in = Sin completar.
printout-printed-on = Impreso el
printout-page = Página
printout-page-of = de
printout-part2-heading = Confidencial: protegido por la ley federal
printout-part2-notice = Este plan es un registro sobre un trastorno por uso de sustancias. La ley federal (42 CFR Parte 2) lo protege. No se debe volver a compartir con nadie sin el permiso por escrito de la persona, a menos que la ley lo permita.
printout-sign-here = Firma
printout-printed-name = Nombre en letra de molde
printout-attestation = Participé en la elaboración de este plan y estoy de acuerdo con él.
printout-earlier-revision = Una firma de una revisión anterior firmó el plan como estaba entonces. Esta revisión necesita firmas nuevas.
printout-copy-given = La persona recibió una copia de este plan.
printout-copy-not-given = La persona todavía no ha recibido una copia de este plan.
printout-who-to-call = A quién llamar
printout-my-plan = Mi plan, en palabras sencillas
printout-my-goals = En qué estoy trabajando
printout-my-services = Qué voy a hacer, cada cuánto y quién me ayuda
printout-my-coping = Lo que me ayuda en los momentos difíciles
printout-my-next-review = Volveremos a revisar juntos este plan el
printout-months-list =
    enero
    febrero
    marzo
    abril
    mayo
    junio
    julio
    agosto
    septiembre
    octubre
    noviembre
    diciembre

printout-months-short-list =
    ene
    feb
    mar
    abr
    may
    jun
    jul
    ago
    sept
    oct
    nov
    dic

printout-category = Tipo de servicio
printout-no-changes = Sin cambios.
printout-plan-category = Plan de tratamiento para el uso de sustancias
printout-legal-name = Nombre legal
printout-birth-date = Fecha de nacimiento
printout-record-number = Número de expediente
printout-clinician = Clínico
printout-synthetic = Ejemplo sintético: no es una persona real
printout-synthetic-signatures = Estas firmas son parte del ejemplo. Nadie firmó este plan.
printout-organization = Organización

## import_error

import-too-large = el archivo pesa { $size } MB; un plan puede pesar como máximo { $limit } MB
import-empty = el archivo está vacío; elija un archivo de plan guardado con esta herramienta
import-syntax = el archivo no es JSON válido (línea { $line }, columna { $column }); puede estar dañado o no ser un plan
import-unexpected-end = el archivo termina antes de tiempo; puede haberse cortado al guardarlo
import-too-deep = el archivo tiene demasiados niveles para ser un plan; revise que sea un archivo de plan
import-duplicate-key = este campo está escrito más de una vez en el mismo lugar y solo uno puede valer; deje el correcto y quite los demás
import-not-an-object = el archivo tiene JSON, pero no es un plan
import-missing-version = falta schema_version; ¿es un archivo de plan de esta herramienta?
import-version-not-a-number = schema_version debe ser un número entero
import-newer-version = este plan se guardó con una versión más nueva (formato { $found }); esta versión lee hasta el formato { $supported }. Ábralo con la versión nueva
import-unknown-version = el formato { $found } no es un formato de plan conocido
import-wrong-type = se esperaba { $expected }, pero se encontró { $found }
import-unknown-choice = '{ $found }' no es una de las opciones; use una de: { $allowed }
import-missing-field = falta '{ $field }'; agréguelo
import-unknown-field = '{ $field }' no es un campo de un plan; revise cómo está escrito o quítelo
import-not-a-date = '{ $text }' no es una fecha; use AAAA-MM-DD
import-too-large-number = { $found } está fuera del rango permitido
import-duplicate-id = el id '{ $id }' se usa dos veces; cada elemento necesita su propio id
import-empty-id = el id está vacío
import-missing-link = apunta a { $target } '{ $id }', que no está en el plan
import-out-of-range = { $value } es demasiado alto; use de 0 a { $max }

## gap

gap-no-goals = El plan todavía no tiene metas.
gap-need-without-goal = { $item }: ninguna meta atiende esta necesidad todavía.
gap-goal-without-need = { $item }: esta meta no está conectada con una necesidad.
gap-goal-without-measure = { $item }: no dice cómo se va a medir.
gap-goal-without-target = { $item }: todavía no tiene objetivo numérico.
gap-score-not-taken-yet = { $item }: se mide con un cuestionario que nadie ha hecho todavía, así que no hay punto de partida.
gap-goal-without-due = { $item }: todavía no tiene fecha límite.
gap-template-blanks = { $item }: faltan por llenar los espacios del ejemplo: { $blanks }.
gap-goal-without-objective = { $item }: esta meta todavía no tiene objetivos.
gap-goal-without-intervention = { $item }: ningún servicio ayuda con esta meta todavía.
gap-objective-without-due = { $item }: este objetivo no tiene fecha límite.
gap-objective-without-measure = { $item }: este objetivo no dice cómo se va a medir.
gap-component-without-frequency = { $item }: no dice con qué frecuencia.
gap-component-without-responsible = { $item }: no dice quién es responsable.
gap-component-serves-no-goal = { $item }: este servicio todavía no ayuda con ninguna meta.
gap-no-diagnosis = El profesional clínico no ha registrado un diagnóstico.
gap-no-level-of-care = El profesional clínico no ha registrado el nivel de atención.
gap-no-review-date = No hay fecha para la próxima revisión.
gap-review-date-passed = La fecha de la próxima revisión, { $date }, ya pasó.

## gap_fix

gap-fix-no-goals = Agregar la primera meta
gap-fix-need-without-goal = Elegir una meta para: { $item }
gap-fix-goal-without-need = Conectar con una necesidad: { $item }
gap-fix-goal-without-measure = Agregar cómo se mide: { $item }
gap-fix-goal-without-target = Agregar el objetivo numérico: { $item }
gap-fix-score-not-taken-yet = Hacer el cuestionario: { $item }
gap-fix-goal-without-due = Agregar la fecha límite: { $item }
gap-fix-template-blanks = Llenar los espacios: { $item }
gap-fix-goal-without-objective = Agregar un objetivo: { $item }
gap-fix-goal-without-intervention = Elegir un servicio para: { $item }
gap-fix-objective-without-due = Agregar la fecha límite: { $item }
gap-fix-objective-without-measure = Agregar cómo se mide: { $item }
gap-fix-component-without-frequency = Decir con qué frecuencia: { $item }
gap-fix-component-without-responsible = Decir quién es responsable: { $item }
gap-fix-component-serves-no-goal = Conectar con una meta: { $item }
gap-fix-no-diagnosis = Registrar los diagnósticos
gap-fix-no-level-of-care = Registrar el nivel de atención
gap-fix-no-review-date = Poner la fecha de la próxima revisión
gap-fix-review-date-passed = Poner una nueva fecha de revisión

## target

target-need = la necesidad
target-component = el componente del plan
target-contributor = el participante
target-substance = la fila de sustancia
target-trigger = el detonante
target-strength = la fortaleza

## found_words

found-text = el texto { $text }
found-number = el número { $n }
found-true = true (sí)
found-false = false (no)
found-nothing = nada (null)
found-array = una lista
found-object = un objeto

## expected_words

expected-text = texto
expected-whole-number = un número entero
expected-true-false = true o false
expected-array = una lista
expected-object = un objeto con campos

## Numbers, labels and sentences with placeholders

# The decimal mark in "4.0 MB".
decimal-mark = ,
goal-number = Meta { $number }
objective-number = Objetivo { $goal }.{ $number }
date-time = { $date } { $time }
date-long = { $day } de { $month } de { $year }
date-short = { $day } { $month } { $year }
paper-letter = Carta
paper-a4 = A4
gap-item-named = { $item } ({ $words })
at-path = { $path }: { $message }
gap-unsigned-person = La persona todavía no ha firmado este plan.
gap-unsigned-clinician = Un profesional clínico todavía no ha firmado este plan.
gap-resign-person = La persona firmó la revisión { $earlier }. La revisión { $revision } necesita una firma nueva.
gap-resign-clinician = Un profesional clínico firmó la revisión { $earlier }. La revisión { $revision } necesita una firma nueva.
gap-fix-unsigned-person = Agregar la firma de la persona
gap-fix-unsigned-clinician = Agregar la firma de un profesional clínico

## The language

language-words =
    spanish
    español
    espanol
    castellano

## The review history: one line per change

change-added = Se agregó
change-removed = Se quitó
change-changed = Se cambió
change-to-goal = a la meta
change-from-goal = de la meta
change-order-of = Se cambió el orden de
change-wording = redacción
change-template = plantilla de inicio
change-category = tipo de servicio
change-score-target = puntaje a alcanzar
change-kinds-list =
    el elemento
    el integrante del equipo de atención
    la persona que participa
    la sustancia
    la necesidad
    la meta
    el objetivo
    el servicio
    el contacto
    la línea de crisis
    la firma
    el hallazgo
    la medición
    el obstáculo
change-kinds-plural-list =
    los elementos
    el equipo de atención
    las personas que participan
    las sustancias
    las necesidades
    las metas
    los objetivos
    los servicios
    los contactos
    las líneas de crisis
    las firmas
    los hallazgos
    las mediciones
    los obstáculos
change-sections-list =
    el plan
    los datos de la persona
    la evaluación
    la prevención de recaídas
    el apoyo a largo plazo
    el calendario de revisión
    las firmas y la copia

## Words the SMART coach and the migration look for in what people type.
## One per line, lower case, without accents; never shown.

coach-number-words =
    cero
    dos
    tres
    cuatro
    cinco
    seis
    siete
    ocho
    nueve
    diez
    doce
    quince
    veinte
    treinta
    cuarenta
    cincuenta
    sesenta
    noventa
    cien
    ciento
    media
    medio
    docena

# Words that count something without a number: "a", "un", "few".
coach-amount-words =
    un
    una
    uno
    unos
    unas

coach-periods-words =
    dia
    dias
    semana
    semanas
    mes
    meses
    ano
    anos
    manana
    mananas
    noche
    noches
    tarde
    tardes
    quincena

coach-weekdays-words =
    lunes
    martes
    miercoles
    jueves
    viernes
    sabado
    sabados
    domingo
    domingos

coach-months-words =
    enero
    febrero
    marzo
    abril
    mayo
    junio
    julio
    agosto
    septiembre
    setiembre
    octubre
    noviembre
    diciembre

coach-frequency-words =
    diario
    diariamente
    diaria
    semanal
    semanalmente
    mensual
    mensualmente
    quincenal

coach-frequency-phrases-words =
    veces por
    veces a
    veces al
    vez por
    vez a
    vez al
    a diario
    todos los dias
    todas las semanas
    todos los meses

# After these, "a week" is how long, not how often.
coach-duration-preps-words =
    en
    durante
    dentro
    por
    despues

coach-deadline-preps-words =
    para
    antes
    hasta

coach-month-preps-words =
    para
    antes
    hasta
    en
    de
    del

coach-deadline-anchors-words =
    fin
    finales
    final
    proximo
    proxima
    siguiente
    navidad
    verano
    invierno
    primavera
    otono
    alta
    tratamiento
    cumpleanos

coach-relative-deadlines-words =
    esta semana
    este mes
    este ano
    proxima semana
    proximo mes
    proximo ano
    semana que viene
    mes que viene
    fin de mes
    hoy
    esta noche
    proxima cita
    proxima visita

# Words that only say "better" or "try" without saying what.
coach-vague-phrases-words =
    mejorar
    mejor
    estar bien
    portarme bien
    intentar
    intentare
    tratar de
    trabajar en
    salir adelante
    echarle ganas
    echar ganas
    cambiar
    arreglar

# Words that stand in for a thing without naming it.
coach-vague-nouns-words =
    cosas
    algo
    etcetera

# "more" and "less": a direction without an amount.
coach-comparatives-words =
    mas
    menos
    reducir
    aumentar
    disminuir
    bajarle

# "no more drinking" and "nunca más" say stop, not "more".
coach-negations-words =
    no
    nunca
    jamas

# Words that are in the vague phrases and say nothing on their own.
coach-vague-words =
    mejorar
    mejor
    bien
    intentar
    intentare
    tratar
    cambiar
    arreglar
    adelante
    ganas
    mas
    menos
    reducir
    aumentar

# Small words that carry no content of their own.
coach-stopwords-words =
    yo
    mi
    mis
    al
    el
    la
    los
    las
    lo
    un
    una
    unos
    unas
    de
    del
    en
    y
    o
    que
    con
    por
    para
    quiero
    quisiera
    voy
    ser
    estar
    muy
    poco
    se
    mismo
    misma
    tener
    hacer
    mucho
    mucha
    todo
    toda
    sentirme
    portarme
    trabajar
    vida
    salir
    echarle
    echar
    le
    sobre
    tenga
    sentir
    sin

# In a target, words that make a yes-or-no goal countable: "done".
coach-completion-words =
    completar
    completado
    completada
    terminar
    terminado
    terminada
    todas
    todos
    si
    ninguno
    ninguna
    cero

# Words that aim at a part of life without saying what will be done: "sort out my money".
coach-broad-verbs-words =
    arreglar
    controlar
    cuidar
    administrar
    manejar
    ordenar
    enfocarme en
    ocuparme de
    resolver

# Parts of life that a goal may name without saying what will be done there.
coach-life-areas-words =
    salud
    vida
    recuperacion
    futuro
    animo
    actitud
    relacion
    relaciones
    situacion
    forma
    habitos
    conducta

# Feelings, cravings and thoughts: nobody can fully control them.
coach-feelings-words =
    ansioso
    ansiosa
    ansiedad
    triste
    tristeza
    deprimido
    deprimida
    depresion
    enojado
    enojada
    enojo
    coraje
    rabia
    estresado
    estresada
    estres
    nervioso
    nerviosa
    miedo
    preocupado
    preocupada
    culpa
    tranquilo
    tranquila
    calmado
    calmada
    feliz
    contento
    contenta
    antojo
    antojos
    ansias
    pensar
    pensamientos

# With a feeling, these ask for it never, or always: "never be anxious again".
coach-never-words =
    nunca
    jamas
    no
    nunca mas
    otra vez
    volver a
    ya no
    siempre
    todo el tiempo

# Verbs that stop or come off something: "stop", "quit", "come off".
coach-stop-verbs-words =
    dejar
    dejo
    suspender
    parar

# Medicines that are prescribed, to notice stopping one.
coach-medicines-words =
    metadona
    buprenorfina
    naltrexona
    acamprosato
    disulfiram
    antidepresivo
    antidepresivos
    medicamento
    medicamentos
    medicina
    medicinas

# Words that bring the prescriber or a slow change into stopping a medicine.
coach-prescriber-words =
    medico
    medica
    doctor
    doctora
    dra
    psiquiatra
    enfermera
    enfermero
    clinica
    recetado
    recetada
    receta
    poco a poco
    gradualmente
    despacio

# Things that take a place and other people's time: meetings, sessions, visits.
coach-events-words =
    reunion
    reuniones
    sesion
    sesiones
    grupo
    grupos
    clase
    clases
    cita
    citas
    visita
    visitas

# Before a period, these make "3 meetings a week" a count per period.
coach-per-words =
    al
    por
    cada
    la

# Periods by length, to work out how many a week.
coach-day-words =
    dia
    dias
    noche
    noches

coach-week-words =
    semana
    semanas

coach-month-words =
    mes
    meses

# A goal's subject, so a suggestion's example fits it.
coach-alcohol-words =
    alcohol
    beber
    bebo
    bebida
    bebidas
    cerveza
    cervezas
    vino
    licor
    tequila
    borracho
    borracha
    aa

coach-drugs-words =
    drogas
    droga
    consumir
    consumo
    consuma
    consumiendo
    opioides
    fentanilo
    heroina
    metadona
    buprenorfina
    cristal
    cocaina
    piedra
    marihuana
    mota
    naloxona
    na

coach-tobacco-words =
    fumar
    fumo
    cigarro
    cigarros
    cigarrillo
    cigarrillos
    tabaco
    nicotina
    vapear
    vapeo

coach-money-words =
    dinero
    ahorros
    ahorro
    ahorrar
    presupuesto
    renta
    deuda
    deudas
    sueldo
    cuentas
    banco
    pesos
    gastos
    gastar
    finanzas

coach-family-words =
    familia
    hijos
    hijo
    hija
    hijas
    esposa
    esposo
    pareja
    padre
    madre
    papa
    mama
    nietos
    nietas
    bebe

# Words in an old free-text signature role that mean the person the plan is for (English and Spanish, lower case).
migrate-person-words =
    persona
    paciente
    cliente
    participante

migrate-guardian-words =
    tutor
    tutora
    representante
    madre
    padre

migrate-supervisor-words =
    supervisor
    supervisora
