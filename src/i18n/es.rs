use super::{at_path, megabytes, Catalog, Text};
use crate::export::json::{Expected, Found, ImportError, ImportProblem};
use crate::plan::edit::ItemKind;
use crate::plan::gaps::Gap;
use crate::plan::smart::{SmartLetter, SmartReason, SmartStatus, SmartSuggestion};
use crate::plan::validate::{LinkTarget, ProblemKind};
use crate::plan::{EditError, Notice, SignerRole};

pub struct Spanish;

fn kind(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::TextItem => "elemento de la lista",
        ItemKind::CareTeamMember => "miembro del equipo de atención",
        ItemKind::Contributor => "participante",
        ItemKind::Substance => "fila de sustancia",
        ItemKind::Need => "necesidad",
        ItemKind::Goal => "meta",
        ItemKind::Objective => "objetivo",
        ItemKind::Component => "componente del plan",
        ItemKind::Contact => "contacto",
        ItemKind::CrisisLine => "línea de crisis",
        ItemKind::Signature => "firma",
        ItemKind::Finding => "hallazgo de la evaluación",
    }
}

fn target(target: LinkTarget) -> &'static str {
    match target {
        LinkTarget::Need => "la necesidad",
        LinkTarget::Component => "el componente del plan",
        LinkTarget::Contributor => "el participante",
        LinkTarget::Substance => "la fila de sustancia",
        LinkTarget::Trigger => "el detonante",
    }
}

fn found_words(found: &Found) -> String {
    match found {
        Found::Text(text) => format!("el texto {text}"),
        Found::Number(n) => format!("el número {n}"),
        Found::YesNo(true) => "true (sí)".into(),
        Found::YesNo(false) => "false (no)".into(),
        Found::Nothing => "nada (null)".into(),
        Found::List => "una lista".into(),
        Found::Object => "un objeto".into(),
        Found::Other(other) => other.clone(),
    }
}

fn expected_words(expected: &Expected) -> String {
    match expected {
        Expected::Text => "texto".into(),
        Expected::WholeNumber => "un número entero".into(),
        Expected::TrueFalse => "true o false".into(),
        Expected::List => "una lista".into(),
        Expected::Object => "un objeto con campos".into(),
        Expected::Other(other) => other.clone(),
    }
}

impl Catalog for Spanish {
    fn text(&self, key: Text) -> &'static str {
        match key {
            Text::WidgetName => "Plan de tratamiento",
            Text::PlanTitle => "Título del plan",
            Text::PlanTitleHint => "Por ejemplo: Plan de J.R., otoño de 2026",
            Text::Untitled => "Plan sin título",
            Text::Goals => "Metas",
            Text::NoGoalsYet => "Todavía no hay metas. Agregue la primera abajo.",
            Text::NewGoal => "Nueva meta, en las palabras de la persona",
            Text::NewGoalHint => "Por ejemplo: Ir a dos reuniones de apoyo cada semana",
            Text::AddGoal => "Agregar meta",
            Text::GoalStatement => "Meta, en las palabras de la persona",
            Text::GoalMeasure => "Cómo la vamos a medir",
            Text::GoalMeasureHint => {
                "Por ejemplo: reuniones a las que asistió, según la hoja de firmas"
            }
            Text::GoalTarget => "Objetivo numérico",
            Text::GoalTargetHint => "Por ejemplo: 2 reuniones por semana",
            Text::GoalDue => "Fecha límite",
            Text::RemoveGoal => "Quitar meta",
            Text::Undo => "Deshacer",
            Text::Redo => "Rehacer",
            Text::PlanJson => "Datos del plan (JSON)",
            Text::DownloadJson => "Descargar JSON",
            Text::EditFailed => "No se pudo hacer ese cambio",
            Text::ImportFailed => "No se pudo abrir el archivo del plan. Su plan actual no cambió.",
            Text::Remove => "Quitar",
            Text::Add => "Agregar",
            Text::NotAnswered => "Sin respuesta",
            Text::UseRiskView => "Usar la vista de seis áreas",
            Text::NeedsIntro => "¿Qué necesita más la persona ahora? Escriba cada necesidad con sus propias palabras y marque de qué parte de la evaluación viene.",
            Text::SuggestedNeeds => "Sugerencias a partir de la evaluación",
            Text::SuggestedNeedsHint => "No se agrega nada a menos que usted lo elija. Cambie las palabras después si no encajan.",
            Text::AddThisNeed => "Agregar esta necesidad",
            Text::NoNeedsYet => "Todavía no hay necesidades.",
            Text::AddNeed => "Agregar una necesidad",
            Text::SmartCheck => "Revisión SMART",
            Text::SmartAllMet => "Esta meta es específica, medible, alcanzable, relevante y con fecha.",
            Text::NoComponentsYet => "Todavía no hay servicios elegidos. Elíjalos en el paso “Servicios y apoyos”.",
            Text::NoNeedsToLink => "Todavía no hay necesidades. Agréguelas en el paso “Necesidades”.",
            Text::GoalStatusAndProgress => "Estado y avance de la meta",
            Text::AddObjective => "Agregar un objetivo",
            Text::GoalsIntro => "Escriba cada meta con las palabras de la persona. Las letras muestran qué tan SMART es mientras escribe: específica, medible, alcanzable, relevante y con fecha.",
            Text::StartFromTemplate => "O empiece con un ejemplo",
            Text::ChooseTemplate => "Elija una meta de ejemplo",
            Text::UseTemplate => "Empezar con este ejemplo",
            Text::ServesNoGoalYet => "ninguna meta todavía: conéctelo desde un objetivo de una meta",
            Text::ComponentsIntro => "Elija los servicios y apoyos que le sirven a esta persona. Abra un nombre para leer por qué ayuda. Los medicamentos siempre son “según lo recetado” por quien los receta.",
            Text::InThePlan => "En el plan",
            Text::AddToPlan => "Agregar al plan",
            Text::LapsePlanHint => "Por ejemplo: Llamar a mi padrino el mismo día e ir a una reunión. Un desliz es una oportunidad para aprender, no un fracaso.",
            Text::Sign => "Agregar firma",
            Text::SignatureNeedsNameAndDate => "Una firma necesita un nombre y una fecha completa.",
            Text::GapsHeading => "Falta por hacer",
            Text::NoGaps => "No falta nada: cada necesidad tiene una meta, cada meta se puede medir y tiene un servicio, hay fecha de revisión y esta revisión está firmada.",
            Text::SignedLocked => "Este plan está firmado y en uso, así que no se puede cambiar aquí.",
            Text::SignedLockedHint => "Para cambiarlo, empiece una revisión. Lo que cambie se anota y se guarda en el historial de revisiones del plan, y la nueva revisión se vuelve a firmar.",
            Text::EarlierRevisionSignatures => "Las firmas de una revisión anterior firmaron el plan como estaba entonces. Esta revisión necesita firmas nuevas.",
            Text::Steps => "Pasos del plan",
            Text::Back => "Atrás",
            Text::Next => "Siguiente",
            Text::DefaultCrisisLine => "Línea 988 de Prevención del Suicidio y Crisis (llame o envíe un texto)",
            Text::TakeThePlan => "Llévese el plan",
            Text::LargePrint => "Letra grande",
            Text::PaperSize => "Tamaño del papel",
            Text::PrintPlan => "Imprimir o guardar como PDF",
            Text::DownloadPrintable => "Descargar plan para imprimir (HTML)",
            Text::DownloadFhir => "Descargar FHIR (para sistemas de expedientes)",
            Text::CopyText => "Copiar como texto para una nota",
            Text::Copied => "Copiado. Péguelo en la nota del sistema de expedientes.",
            Text::CopyFailed => "Este navegador no permitió copiar. Descargue el plan para imprimir.",
            Text::PrintPreview => "Vista previa del plan para imprimir",
            Text::ReviewInProgress => "Revisión en curso",
            Text::ReviewInProgressHint => "Este plan se abrió para revisarlo. Los cambios aparecen a medida que los hace; al terminar la revisión quedan en el historial del plan y empieza una nueva revisión.",
            Text::NoChangesYet => "Todavía no hay cambios.",
            Text::FinishReview => "Terminar la revisión",
            Text::ReviewNeedsReviewer => "Escriba quién revisó el plan. La fecha es la de hoy en este dispositivo.",
            Text::OpenPlanFile => "Abrir un archivo de plan",
            Text::StartReview => "Empezar una revisión de este plan",
            Text::StillThere => "¿Sigue ahí?",
            Text::StillHere => "Sigo aquí",
            Text::FinishedClearPlan => "Terminé: borrar mi plan",
            Text::ClearDraft => "Borrar el borrador guardado",
            Text::DraftCleared => "Se quitó la copia guardada en este dispositivo. Su próximo cambio se guardará de nuevo.",
            Text::CrashHeading => "Algo salió mal",
            Text::CrashBody => "El plan está a salvo. Descárguelo ahora y luego reinicie. Después, abra el archivo para seguir.",
            Text::CrashBodyKiosk => "Reinicie, por favor. No se guarda nada del último plan en este dispositivo.",
            Text::CrashDownload => "Descargar el plan (JSON)",
            Text::CrashRestart => "Reiniciar",
            Text::Language => "Idioma",
        }
    }

    fn import_error(&self, error: &ImportError) -> String {
        let message = match &error.problem {
            ImportProblem::TooLarge { bytes, limit } => format!(
                "el archivo pesa {} MB; un plan puede pesar como máximo {} MB",
                megabytes(*bytes, ','),
                megabytes(*limit, ',')
            ),
            ImportProblem::Empty => {
                "el archivo está vacío; elija un archivo de plan guardado con esta herramienta".into()
            }
            ImportProblem::Syntax { line, column } => format!(
                "el archivo no es JSON válido (línea {line}, columna {column}); puede estar dañado o no ser un plan"
            ),
            ImportProblem::UnexpectedEnd => {
                "el archivo termina antes de tiempo; puede haberse cortado al guardarlo".into()
            }
            ImportProblem::TooDeep => {
                "el archivo tiene demasiados niveles para ser un plan; revise que sea un archivo de plan".into()
            }
            ImportProblem::DuplicateKey => {
                "este campo está escrito más de una vez en el mismo lugar y solo uno puede valer; deje el correcto y quite los demás".into()
            }
            ImportProblem::NotAnObject => "el archivo tiene JSON, pero no es un plan".into(),
            ImportProblem::MissingVersion => {
                "falta schema_version; ¿es un archivo de plan de esta herramienta?".into()
            }
            ImportProblem::VersionNotANumber => {
                "schema_version debe ser un número entero".into()
            }
            ImportProblem::NewerVersion { found, supported } => format!(
                "este plan se guardó con una versión más nueva (formato {found}); esta versión lee hasta el formato {supported}. Ábralo con la versión nueva"
            ),
            ImportProblem::UnknownVersion { found } => {
                format!("el formato {found} no es un formato de plan conocido")
            }
            ImportProblem::WrongType { found, expected } => format!(
                "se esperaba {}, pero se encontró {}",
                expected_words(expected),
                found_words(found)
            ),
            ImportProblem::UnknownChoice { found, allowed } => format!(
                "'{found}' no es una de las opciones; use una de: {}",
                allowed.join(", ")
            ),
            ImportProblem::MissingField { field } => format!("falta '{field}'; agréguelo"),
            ImportProblem::UnknownField { field } => format!(
                "'{field}' no es un campo de un plan; revise cómo está escrito o quítelo"
            ),
            ImportProblem::NotADate { text } => {
                format!("'{text}' no es una fecha; use AAAA-MM-DD")
            }
            ImportProblem::TooLargeNumber { found } => {
                format!("{found} está fuera del rango permitido")
            }
            ImportProblem::Other { detail } => detail.clone(),
            ImportProblem::Unsound(ProblemKind::DuplicateId { id }) => {
                format!("el id '{id}' se usa dos veces; cada elemento necesita su propio id")
            }
            ImportProblem::Unsound(ProblemKind::EmptyId) => "el id está vacío".into(),
            ImportProblem::Unsound(ProblemKind::MissingLink { target: t, id }) => format!(
                "apunta a {} '{id}', que no está en el plan",
                target(*t)
            ),
            ImportProblem::Unsound(ProblemKind::OutOfRange { value, max }) => {
                format!("{value} es demasiado alto; use de 0 a {max}")
            }
        };
        at_path(&error.path, message)
    }

    fn edit_error(&self, error: &EditError) -> String {
        match error {
            EditError::NotFound { kind: k, id } => {
                format!("El elemento ({}) '{id}' ya no está en el plan.", kind(*k))
            }
            EditError::OutOfRange { value, max } => {
                format!("{value} es demasiado alto; use de 0 a {max}.")
            }
            EditError::RiskViewOff => {
                "Active la vista de riesgos antes de calificar un área.".into()
            }
            EditError::PositionOutOfRange { to, len } => {
                format!("La posición {} está fuera de la lista de {len}.", to + 1)
            }
            EditError::Locked => {
                "Este plan está firmado y en uso. Empiece una revisión para cambiarlo.".into()
            }
            EditError::ReviewInProgress => {
                "Este plan está en revisión. Primero termine la revisión; después se puede firmar la nueva revisión.".into()
            }
            EditError::NoReviewInProgress => "No hay ninguna revisión en curso para terminar.".into(),
        }
    }

    fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::GoalNoLongerAddressesNeed { goal, need } => {
                format!("La meta \"{goal}\" ya no atiende la necesidad eliminada \"{need}\".")
            }
            Notice::ObjectiveLostIntervention {
                objective,
                component,
            } => format!(
                "El objetivo \"{objective}\" ya no tiene el componente eliminado \"{component}\"."
            ),
            Notice::NeedLostFinding { need } => format!(
                "La necesidad \"{need}\" perdió el enlace a un hallazgo eliminado de la evaluación."
            ),
            Notice::GoalLostContributor { goal } => {
                format!("La meta \"{goal}\" ya no indica quién la expresó.")
            }
        }
    }

    fn goal_number(&self, number: usize) -> String {
        format!("Meta {number}")
    }

    fn smart_reason(&self, reason: SmartReason) -> &'static str {
        match reason {
            SmartReason::ClearAction => "La meta dice qué se va a hacer.",
            SmartReason::StatementEmpty => "La meta todavía no tiene palabras.",
            SmartReason::StillTemplate => "La meta todavía tiene las palabras de ejemplo de la plantilla.",
            SmartReason::VagueWording => {
                "Palabras como \"mejorar\", \"intentar\" o \"más\" todavía no dicen qué se va a hacer."
            }
            SmartReason::VagueThings => {
                "Palabras como \"cosas\" o \"algo\" no dicen exactamente qué."
            }
            SmartReason::TooBrief => "Una sola palabra todavía no dice qué se va a hacer.",
            SmartReason::MeasureAndTarget => "La meta tiene una forma de medirla y una cifra a alcanzar.",
            SmartReason::TargetSet => "La meta tiene una cifra a alcanzar que se puede contar.",
            SmartReason::NumberInText => "La meta tiene un número, así que se puede contar el avance.",
            SmartReason::HowOftenInText => {
                "La meta dice con qué frecuencia, así que se puede contar el avance."
            }
            SmartReason::MeasureNoTarget => {
                "Hay una forma de medirla, pero todavía no hay una cifra a alcanzar."
            }
            SmartReason::TargetNoNumber => "La cifra a alcanzar no dice cuánto ni con qué frecuencia.",
            SmartReason::MoreOrLessNoNumber => "\"Más\" o \"menos\" es difícil de contar sin un número.",
            SmartReason::NoNumber => "Todavía no hay un número ni una forma de contar el avance.",
            SmartReason::ConfidenceHigh => "La persona se siente segura de poder lograrlo.",
            SmartReason::ConfidenceMiddle => "La persona se siente algo segura de poder lograrlo.",
            SmartReason::ConfidenceLow => "La persona todavía no se siente segura de poder lograrlo.",
            SmartReason::NotRatedYet => {
                "La meta parece alcanzable, pero la persona no ha dicho qué tan segura se siente."
            }
            SmartReason::NoConfidence => {
                "La persona todavía no ha dicho qué tan segura se siente con esta meta."
            }
            SmartReason::LinkedToNeed => "La meta está vinculada a una necesidad del plan.",
            SmartReason::LinkBroken => "La meta apunta a una necesidad que ya no está en el plan.",
            SmartReason::NotLinked => "La meta todavía no está vinculada a una necesidad.",
            SmartReason::NoNeedsYet => {
                "El plan todavía no tiene necesidades, así que la meta no se puede vincular."
            }
            SmartReason::DueDateSet => "La meta tiene una fecha límite.",
            SmartReason::PastDue => "La fecha límite ya pasó.",
            SmartReason::DeadlineInText => "La meta dice para cuándo, con sus propias palabras.",
            SmartReason::OnlyHowOften => {
                "La meta dice con qué frecuencia, pero no cuándo se revisará el avance."
            }
            SmartReason::NoTimeFrame => "La meta todavía no dice cuándo.",
        }
    }

    fn smart_suggestion(&self, suggestion: SmartSuggestion) -> &'static str {
        match suggestion {
            SmartSuggestion::KeepAsIs => "No hay nada que cambiar aquí.",
            SmartSuggestion::WriteGoal => {
                "Escriba la meta con las palabras de la persona, por ejemplo: Ir a 2 reuniones de apoyo cada semana."
            }
            SmartSuggestion::FillInTemplate => {
                "Ponga la meta en las palabras de la persona y llene los espacios en blanco, como {n}."
            }
            SmartSuggestion::SayWhatToDo => {
                "Diga qué va a hacer la persona, por ejemplo: Llamar a mi padrino cuando tenga ganas de consumir."
            }
            SmartSuggestion::NameTheThing => {
                "Nombre la cosa exacta, por ejemplo: No pasar por el bar de la calle Principal."
            }
            SmartSuggestion::AddTarget => "Agregue una cifra a alcanzar, por ejemplo: 3 veces por semana.",
            SmartSuggestion::AddMeasure => {
                "Agregue cómo se contará el avance, por ejemplo: días sin beber, marcados en un calendario."
            }
            SmartSuggestion::AddHowMuch => {
                "Diga cuánto o con qué frecuencia, por ejemplo: 3 veces por semana en vez de una."
            }
            SmartSuggestion::AskWhatWouldHelp => {
                "Pregunte qué lo haría más fácil, y ajuste la meta hasta que parezca alcanzable."
            }
            SmartSuggestion::MakeSmaller => {
                "Pruebe un primer paso más pequeño, por ejemplo: 1 reunión por semana en vez de 5."
            }
            SmartSuggestion::AskConfidence => {
                "Pregunte: del 0 al 10, ¿qué tan seguro o segura se siente de poder lograrlo?"
            }
            SmartSuggestion::LinkToNeed => "Elija la necesidad con la que ayuda esta meta.",
            SmartSuggestion::AddNeedFirst => {
                "Agregue la necesidad con la que ayuda esta meta, en palabras de la persona, y luego vincúlelas."
            }
            SmartSuggestion::ChooseNewDate => {
                "Elija una nueva fecha, o marque la meta como lograda si ya se cumplió."
            }
            SmartSuggestion::AddCheckDate => {
                "Agregue una fecha para revisar el avance, por ejemplo: dentro de 30 días."
            }
            SmartSuggestion::AddDueDate => {
                "Agregue una fecha límite, por ejemplo: el fin del próximo mes."
            }
            SmartSuggestion::SetDueDateField => {
                "Ponga también la fecha límite, para que el plan le dé seguimiento."
            }
        }
    }

    fn smart_letter(&self, letter: SmartLetter) -> &'static str {
        match letter {
            SmartLetter::S => "Específica",
            SmartLetter::M => "Medible",
            SmartLetter::A => "Alcanzable",
            SmartLetter::R => "Relevante",
            SmartLetter::T => "Con fecha",
        }
    }

    fn smart_status(&self, status: SmartStatus) -> &'static str {
        match status {
            SmartStatus::Met => "Cumple",
            SmartStatus::NeedsWork => "Se puede mejorar",
            SmartStatus::Missing => "Falta",
        }
    }

    fn idle_warning(&self, seconds: u32) -> String {
        format!("Para proteger su información, este plan se borrará en {seconds} segundos. Toque el botón para seguir trabajando.")
    }

    fn step_of(&self, number: usize, total: usize) -> String {
        format!("Paso {number} de {total}")
    }

    fn gap(&self, gap: &Gap, item: &str) -> String {
        match gap {
            Gap::NoGoals => "El plan todavía no tiene metas.".into(),
            Gap::NeedWithoutGoal { .. } => {
                format!("{item}: ninguna meta atiende esta necesidad todavía.")
            }
            Gap::GoalWithoutNeed { .. } => {
                format!("{item}: esta meta no está conectada con una necesidad.")
            }
            Gap::GoalWithoutMeasure { .. } => format!("{item}: no dice cómo se va a medir."),
            Gap::GoalWithoutTarget { .. } => format!("{item}: todavía no tiene objetivo numérico."),
            Gap::GoalWithoutDue { .. } => format!("{item}: todavía no tiene fecha límite."),
            Gap::TemplateBlanks { blanks, .. } => format!(
                "{item}: faltan por llenar los espacios del ejemplo: {}.",
                blanks.join(", ")
            ),
            Gap::GoalWithoutObjective { .. } => {
                format!("{item}: esta meta todavía no tiene objetivos.")
            }
            Gap::GoalWithoutIntervention { .. } => {
                format!("{item}: ningún servicio ayuda con esta meta todavía.")
            }
            Gap::ObjectiveWithoutDue { .. } => {
                format!("{item}: este objetivo no tiene fecha límite.")
            }
            Gap::ComponentWithoutFrequency { .. } => format!("{item}: no dice con qué frecuencia."),
            Gap::ComponentWithoutResponsible { .. } => {
                format!("{item}: no dice quién es responsable.")
            }
            Gap::ComponentServesNoGoal { .. } => {
                format!("{item}: este servicio todavía no ayuda con ninguna meta.")
            }
            Gap::NoReviewDate => "No hay fecha para la próxima revisión.".into(),
            Gap::ReviewDatePassed { date } => {
                format!("La fecha de la próxima revisión, {date}, ya pasó.")
            }
            Gap::Unsigned {
                role,
                revision,
                earlier,
            } => {
                let who = match role {
                    SignerRole::Person => "La persona",
                    _ => "Un profesional clínico",
                };
                match earlier {
                    None => format!("{who} todavía no ha firmado este plan."),
                    Some(n) => format!(
                        "{who} firmó la revisión {n}. La revisión {revision} necesita una firma nueva."
                    ),
                }
            }
        }
    }

    fn gap_fix(&self, gap: &Gap, item: &str) -> String {
        match gap {
            Gap::NoGoals => "Agregar la primera meta".into(),
            Gap::NeedWithoutGoal { .. } => format!("Elegir una meta para: {item}"),
            Gap::GoalWithoutNeed { .. } => format!("Conectar con una necesidad: {item}"),
            Gap::GoalWithoutMeasure { .. } => format!("Agregar cómo se mide: {item}"),
            Gap::GoalWithoutTarget { .. } => format!("Agregar el objetivo numérico: {item}"),
            Gap::GoalWithoutDue { .. } => format!("Agregar la fecha límite: {item}"),
            Gap::TemplateBlanks { .. } => format!("Llenar los espacios: {item}"),
            Gap::GoalWithoutObjective { .. } => format!("Agregar un objetivo: {item}"),
            Gap::GoalWithoutIntervention { .. } => format!("Elegir un servicio para: {item}"),
            Gap::ObjectiveWithoutDue { .. } => format!("Agregar la fecha límite: {item}"),
            Gap::ComponentWithoutFrequency { .. } => format!("Decir con qué frecuencia: {item}"),
            Gap::ComponentWithoutResponsible { .. } => {
                format!("Decir quién es responsable: {item}")
            }
            Gap::ComponentServesNoGoal { .. } => format!("Conectar con una meta: {item}"),
            Gap::NoReviewDate => "Poner la fecha de la próxima revisión".into(),
            Gap::ReviewDatePassed { .. } => "Poner una nueva fecha de revisión".into(),
            Gap::Unsigned { role, .. } => match role {
                SignerRole::Person => "Agregar la firma de la persona".into(),
                _ => "Agregar la firma de un profesional clínico".into(),
            },
        }
    }
}
