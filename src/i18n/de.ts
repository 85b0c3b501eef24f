/**
 * German texts, the reference catalogue: every key exists here first. Placeholders in braces are
 * filled by `translate`.
 */
export const de = {
  'error.internal': 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
  'error.serviceUnavailable':
    'Der Dienst ist gerade überlastet oder nicht erreichbar. Bitte versuchen Sie es in einigen Sekunden erneut.',
  'error.storageFull':
    'Das konnte gerade nicht gespeichert werden, weil der Speicher des Servers voll ist. Bitte versuchen Sie es später erneut.',
  'error.required': 'Bitte füllen Sie dieses Feld aus.',
  'error.tooLong': 'Bitte geben Sie höchstens {max} Zeichen ein.',
  'error.webhookUrlInvalid':
    'Bitte geben Sie eine vollständige http- oder https-Adresse ohne Benutzername und Passwort an (höchstens 2000 Zeichen).',
  'error.webhookHostUnknown': 'Der Rechnername dieser Adresse ist nicht bekannt.',
  'error.webhookAddressForbidden':
    'Diese Adresse zeigt in ein internes Netz (privat, loopback, link-local o. Ä.); Webhooks gehen nur an öffentliche Adressen.',
  'error.webhookScopeRequired':
    'Ereignisse eines Amts kann nur ein Schlüssel mit der Berechtigung {scope} empfangen; die vergibt die Verwaltung.',
  'error.webhookLimit': 'Ein API-Schlüssel kann höchstens {max} Webhook-Empfänger haben.',
  'error.webhookEventsRequired': 'Bitte wählen Sie mindestens ein Ereignis.',
  'mail.webhookDisabled.subject': 'Webhook abgeschaltet: {url} – Rathaus {town}',
  'mail.webhookDisabled.body':
    'Guten Tag,\n\nder Webhook-Empfänger {url} Ihres API-Schlüssels „{key}“ hat einen Tag lang keine Zustellung angenommen. Wir haben ihn deshalb abgeschaltet; was noch ausstand, wird nicht mehr zugestellt.\n\nSobald der Empfänger wieder antwortet, schalten Sie ihn mit der Mutation updateWebhookEndpoint und enabled: true wieder ein. Im Zustellprotokoll (deliveries) sehen Sie, welche Antworten wir bekommen haben. Mehr dazu:\n\n{link}',
  'error.tooManyScopes': 'Ein API-Schlüssel kann höchstens {max} Berechtigungen haben.',
  'error.invalidId': 'Diese Kennung ist ungültig.',
  'error.invalidEmail':
    'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.',
  'error.invalidName': 'Bitte geben Sie Ihren Namen an (höchstens 200 Zeichen).',
  'error.invalidPhone':
    'Bitte geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + - / ( ) an.',
  'error.invalidIdempotencyKey':
    'Der Wiederholungsschlüssel darf nur Buchstaben, Ziffern und - _ : . enthalten (höchstens 200 Zeichen).',
  'error.invalidCursor': 'Dieser Cursor ist ungültig. Bitte fordern Sie die Liste neu an.',
  'error.invalidPageSize': 'Bitte fordern Sie zwischen 0 und {max} Einträge an.',
  'error.invalidRange':
    'Der Zeitraum muss nach seinem Beginn enden und darf höchstens {days} Tage lang sein.',
  'error.releaseTooFar': 'Eine Freigabe kann höchstens {days} Tage im Voraus liegen.',
  'error.startsAtPast':
    'Dieser Zeitpunkt liegt in der Vergangenheit. Bitte wählen Sie einen späteren.',
  'error.outsideBookingWindow':
    'Termine für diese Leistung können von {earliest} bis {latest} Tage im Voraus gebucht werden, mindestens {notice} Minuten vor Beginn. Bitte wählen Sie eine andere Zeit.',
  'error.dailyCapReached':
    'An diesem Tag vergibt der Standort keine weiteren Termine für diese Leistung (höchstens {limit}). Bitte wählen Sie einen anderen Tag.',
  'error.latestBeforeEarliest':
    'Der späteste Tag muss auf den frühesten fallen oder danach liegen.',
  'error.notBookableTime':
    'Zu dieser Zeit werden für diese Leistung an diesem Standort keine Termine vergeben.',
  'error.slotTaken':
    'Dieser Termin wurde gerade vergeben. Bitte wählen Sie eine andere Uhrzeit; Ihre Angaben bleiben erhalten.',
  'error.holdExpired':
    'Die Reservierung dieser Uhrzeit ist abgelaufen oder gilt nicht mehr. Bitte wählen Sie die Uhrzeit erneut; Ihre Angaben bleiben erhalten.',
  'error.confirmLinkInvalid':
    'Dieser Bestätigungslink gilt nicht mehr: Die Buchung wurde nicht innerhalb von 30 Minuten bestätigt und ist verfallen, oder der Link ist unvollständig. Bitte buchen Sie erneut.',
  'error.holdNotFound': 'Diese Reservierung gibt es nicht mehr.',
  'error.serviceNotFound': 'Diese Leistung gibt es nicht.',
  'error.officeNotFound': 'Diesen Standort gibt es nicht.',
  'error.officeRetired':
    'Dieser Standort ist für immer geschlossen und kann nicht mehr geändert werden.',
  'error.serviceRetired':
    'Diese Leistung wird nicht mehr angeboten und kann nicht mehr geändert werden.',
  'error.categoryNotFound': 'Diese Kategorie gibt es nicht.',
  'error.releaseWindow': 'Das Zeitfenster für Anfragen muss 1 bis {max} Minuten lang sein.',
  'error.releaseOpensTooLate':
    'Das Zeitfenster für Anfragen muss vor dem ersten freigegebenen Termin enden.',
  'error.releaseOverlapping':
    'Eine andere, noch nicht verloste Freigabe dieser Leistung an diesem Standort umfasst schon einige dieser Zeiten.',
  'error.preferredDays': 'Bitte geben Sie höchstens {max} Tage wie 2027-03-01 an.',
  'error.releaseNotFound': 'Diese Terminfreigabe gibt es nicht.',
  'error.releaseNotOpen': 'Anfragen für diese Termine sind erst ab {opensAt} möglich.',
  'error.releaseClosed':
    'Die Anfragezeit für diese Termine ist vorbei; die Termine werden verlost oder sind verlost.',
  'error.releaseDuplicate':
    'Für diese Terminfreigabe gibt es schon eine Anfrage von Ihnen (je Person und E-Mail-Adresse eine).',
  'mail.releaseNotDrawn.subject': 'Diesmal kein Termin: {service} – Rathaus {town}',
  'mail.releaseNotDrawn.body':
    'Guten Tag {name},\n\nvielen Dank für Ihre Anfrage für einen Termin ({service}, {office}). Die freigegebenen Termine wurden unter allen Anfragen der ersten Minuten verlost; für Ihre Anfrage war diesmal kein passender Termin mehr frei.\n\nSo funktioniert die Verlosung: {rulesUrl}\n\nNicht verloste Termine und spätere Absagen können Sie ab sofort ganz normal buchen: {url}',
  'error.serviceNotOffered': 'Diese Leistung wird an diesem Standort nicht angeboten.',
  'error.appointmentNotFound':
    'Wir haben keinen Termin mit dieser Buchungsnummer und dieser E-Mail-Adresse gefunden.',
  'error.limitReached':
    'Mit dieser E-Mail-Adresse sind bereits {limit} Termine gebucht. Bitte sagen Sie einen ab, bevor Sie einen neuen buchen.',
  'error.idempotencyKeyReused':
    'Dieser Wiederholungsschlüssel wurde schon für eine andere Buchung verwendet.',
  'error.alreadyRebooked': 'Mit diesem Link ist bereits ein neuer Termin gebucht.',
  'error.rebookLinkInvalid':
    'Dieser Link ist ungültig oder gehört zu keinem vom Rathaus abgesagten Termin.',
  'error.alreadyCancelled': 'Dieser Termin ist bereits abgesagt.',
  'error.tooLate': 'Dieser Termin hat bereits begonnen und kann nicht mehr abgesagt werden.',
  'calendar.summary': '{service} – Termin im Rathaus {town}',
  'calendar.description':
    'Ihre Buchungsnummer: {code}. Bitte bringen Sie mit: {documents}. Absagen: {url}',
  'calendar.noDocuments': 'nichts Besonderes',
  'pdf.reference': 'Aktenzeichen',
  'pdf.service': 'Leistung',
  'pdf.office': 'Zuständige Stelle',
  'pdf.dateAndTime': '{date} um {time} Uhr',
  'pdf.page': 'Seite {page} von {pages}',
  'pdf.receipt.title': 'Eingangsbestätigung',
  'pdf.receipt.submittedAt': 'Eingegangen am',
  'pdf.receipt.applicant': 'Antragstellende Person',
  'pdf.receipt.answers': 'Ihre Angaben',
  'pdf.receipt.question': 'Frage',
  'pdf.receipt.answer': 'Ihre Angabe',
  'pdf.receipt.yes': 'Ja',
  'pdf.receipt.no': 'Nein',
  'pdf.receipt.documents': 'Eingereichte Unterlagen',
  'pdf.receipt.noDocuments': 'Sie haben keine Unterlagen hochgeladen.',
  'pdf.receipt.document': 'Unterlage',
  'pdf.receipt.fileName': 'Datei',
  'pdf.receipt.next': 'Wie es weitergeht',
  'pdf.receipt.fee': 'Die Gebühr beträgt {fee}.',
  'pdf.receipt.noFee': 'Für diesen Antrag wird keine Gebühr erhoben.',
  'pdf.receipt.feeWithDecision': 'Die Gebühr teilen wir Ihnen mit dem Bescheid mit.',
  'pdf.receipt.processing': 'Die Bearbeitung dauert voraussichtlich {days}.',
  'pdf.receipt.questions':
    'Den Stand Ihres Antrags sehen Sie jederzeit unter „Mein Rathaus“. Bei Fragen nennen Sie bitte das Aktenzeichen {reference}.',
  'pdf.decision.title': 'Bescheid',
  'pdf.decision.decidedAt': 'Entschieden am',
  'pdf.decision.salutation': 'Guten Tag {name},',
  'pdf.decision.intro': 'über Ihren Antrag „{service}“ haben wir wie folgt entschieden:',
  'pdf.decision.APPROVED': 'Ihr Antrag wird genehmigt.',
  'pdf.decision.REJECTED': 'Ihr Antrag wird abgelehnt.',
  'pdf.decision.reason': 'Begründung',
  'pdf.decision.closing': 'Mit freundlichen Grüßen\n{office}',
  'error.invalidCredentials': 'E-Mail-Adresse oder Passwort stimmen nicht.',
  'error.tooManyAttempts':
    'Zu viele Fehlversuche. Bitte versuchen Sie es in {minutes} Minuten erneut oder melden Sie sich mit Ihrem Passkey an.',
  'error.emailNotVerified':
    'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Wir haben Ihnen den Link erneut geschickt.',
  'error.invalidToken':
    'Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.',
  'error.challengeInvalid':
    'Die Anmeldung mit dem Passkey hat zu lange gedauert oder wurde schon verwendet. Bitte versuchen Sie es noch einmal.',
  'error.passkeyVerificationFailed':
    'Der Passkey konnte nicht geprüft werden. Bitte versuchen Sie es noch einmal.',
  'error.passwordTooShort':
    'Das Passwort muss mindestens {min} und höchstens {max} Zeichen lang sein.',
  'error.confirmationMismatch':
    'Zur Bestätigung geben Sie bitte genau die E-Mail-Adresse Ihres Kontos ein.',
  'error.reauthenticationRequired':
    'Bitte geben Sie Ihr Passwort ein, oder melden Sie sich erneut an und löschen Sie das Konto innerhalb von {minutes} Minuten.',
  'error.forbidden': 'Dazu sind Sie nicht berechtigt.',
  'error.lastAdmin':
    'Das Rathaus braucht mindestens eine Person mit Administrationsrechten: Geben Sie diese Rechte zuerst jemand anderem.',
  'error.notFound': 'Nicht gefunden.',
  'error.slugInvalid':
    'Nur Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „buergerbuero-mitte“.',
  'error.slugTaken': 'Diese Kennung ist schon vergeben.',
  'error.nameTaken': 'Dieser Name ist an dieser Stelle schon vergeben.',
  'error.invalidTime':
    'Bitte geben Sie eine Uhrzeit im Format HH:MM an; das Ende muss nach dem Beginn liegen.',
  'error.invalidDate': 'Bitte geben Sie ein Datum im Format JJJJ-MM-TT an.',
  'error.invalidWeekday': 'Der Wochentag muss zwischen 1 (Montag) und 7 (Sonntag) liegen.',
  'error.invalidNumber': 'Bitte geben Sie eine Zahl zwischen {min} und {max} an.',
  'error.announcementNotFound': 'Diese Bekanntmachung gibt es nicht.',
  'error.notYourOffice': 'Bekanntmachungen dieses Standorts schreiben nur seine Mitarbeitenden.',
  'error.townWideAdminsOnly':
    'Bekanntmachungen für die ganze Stadt schreiben nur Administratorinnen und Administratoren. Bitte wählen Sie Ihren Standort.',
  'error.alreadyPublished': 'Diese Bekanntmachung ist bereits veröffentlicht.',
  'error.alreadyExpired':
    'Diese Bekanntmachung ist abgelaufen und bleibt unverändert im Archiv. Bitte schreiben Sie eine neue.',
  'error.notPublished': 'Dieser Entwurf ist nicht veröffentlicht; es gibt nichts zurückzuziehen.',
  'error.editConflict':
    'Jemand anderes hat diese Bekanntmachung inzwischen geändert (jetzt Fassung {revision}). Bitte laden Sie sie neu und übernehmen Sie Ihre Änderungen.',
  'error.expiresInPast': 'Das Ende der Gültigkeit muss in der Zukunft liegen.',
  'error.expiresBeforePublish': 'Das Ende der Gültigkeit muss nach der Veröffentlichung liegen.',
  'error.publishAfterExpiry':
    'Die Veröffentlichung muss vor dem Ende der Gültigkeit liegen. Bitte verschieben Sie das Ende.',
  'error.eventDetailsOnlyForEvents': 'Zeit und Ort gibt es nur bei Veranstaltungen.',
  'error.eventEndsBeforeStart': 'Die Veranstaltung muss nach ihrem Beginn enden.',
  'error.cannotDeletePublished':
    'Veröffentlichte Bekanntmachungen bleiben im Archiv. Ziehen Sie sie stattdessen zurück.',
  'feed.title': 'Bekanntmachungen der Stadt {town}',
  'feed.titleOffice': 'Bekanntmachungen der Stadt {town} – {office}',
  'feed.subtitle':
    'Aktuelle Nachrichten, Schließungen, Veranstaltungen und Warnungen des Rathauses {town}.',
  'feed.author': 'Stadt {town}',
  'feed.eventsTitle': 'Veranstaltungen der Stadt {town}',
  'feed.eventTime': 'Wann: {time}',
  'feed.eventPlace': 'Wo: {place}',
  'announcement.category.NEWS': 'Nachricht',
  'announcement.category.CLOSURE': 'Schließung',
  'announcement.category.EVENT': 'Veranstaltung',
  'announcement.category.WARNING': 'Warnung',
  'announcement.severity.INFO': 'Information',
  'announcement.severity.IMPORTANT': 'Wichtig',
  'announcement.severity.EMERGENCY': 'Notfall',
  'mail.verify.subject': 'Bitte bestätigen Sie Ihre E-Mail-Adresse – Rathaus {town}',
  'mail.verify.body':
    'Guten Tag {name},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse für Ihr Konto beim Rathaus {town} und legen Sie Ihr Passwort fest:\n\n{url}\n\nDer Link gilt 24 Stunden. Wenn Sie kein Konto angelegt haben, können Sie diese E-Mail ignorieren.',
  'mail.registeredAgain.subject': 'Anmeldeversuch mit Ihrer E-Mail-Adresse – Rathaus {town}',
  'mail.registeredAgain.body':
    'Guten Tag,\n\njemand wollte mit Ihrer E-Mail-Adresse ein Konto beim Rathaus {town} anlegen. Sie haben bereits ein Konto; melden Sie sich hier an:\n\n{url}\n\nWenn Sie das nicht waren, können Sie diese E-Mail ignorieren.',
  'mail.staffInvite.subject': 'Ihr Zugang zum Rathaus {town}',
  'mail.staffInvite.body':
    'Guten Tag {name},\n\nfür Sie wurde ein Zugang für die Mitarbeitenden des Rathauses {town} eingerichtet. Bitte legen Sie innerhalb von 7 Tagen über diesen Link Ihr Passwort fest:\n\n{url}\n\nMelden Sie sich danach damit an; einen Passkey können Sie anschließend einrichten.',
  'error.rateLimited': 'Bitte warten Sie einen Moment.',
  'error.retryInSeconds':
    'Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es in {seconds} Sekunden erneut.',
  'error.retryInMinutes':
    'Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es in {minutes} Minuten erneut.',
  'error.queryTooCostly':
    'Diese Anfrage würde {cost} Punkte kosten; höchstens {limit} sind je Anfrage erlaubt. Bitte fragen Sie kleinere Seiten, kürzere Zeiträume oder weniger Felder ab.',
  'error.tooManyOperations':
    'Über diese Verbindung laufen schon {max} Vorgänge. Bitte beenden Sie einen, bevor Sie einen neuen beginnen.',
  'error.trustedDocumentRequired':
    'Die Seiten dieser Stadt senden nur die Kennungen ihrer freigegebenen Anfragen, keine Anfragetexte. Laden Sie die Seite neu; für eigene Anfragen nutzen Sie einen API-Schlüssel oder GraphiQL.',
  'error.templateNotFound':
    'Diese Antwortvorlage gibt es nicht, oder sie gehört nicht zu Ihrem Amt.',
  'error.templateNameTaken': 'Ihr Amt hat schon eine Antwortvorlage mit diesem Namen.',
  'error.templateLimitReached':
    'Ihr Amt hat schon {max} Antwortvorlagen. Bitte löschen Sie zuerst eine, die nicht mehr gebraucht wird.',
  'error.conversationNotFound': 'Dieses Gespräch gibt es nicht, oder es gehört nicht zu Ihnen.',
  'error.applicationNotFound': 'Diesen Antrag gibt es nicht, oder er gehört nicht zu Ihnen.',
  'error.applicationUnknownRequirement': 'Dieses Formular verlangt keine solche Unterlage.',
  'error.applicationTooManyFiles':
    'Zu diesem Antrag sind schon so viele Dateien hochgeladen, wie möglich sind.',
  'error.applicationTotalTooLarge':
    'Alle Dateien dieses Antrags zusammen wären größer als erlaubt.',
  'error.applicationDocumentNotAllowed':
    'Unterlagen können nur zu einem Entwurf oder auf eine Rückfrage des Amts hin hinzugefügt werden.',
  'error.applicationInvalidTransition':
    'Das ist bei diesem Antrag in seinem jetzigen Stand nicht möglich.',
  'error.applicationAlreadyTaken': 'Diesen Antrag bearbeitet schon jemand anderes.',
  'error.applicationVersionConflict':
    'Der Antrag wurde inzwischen geändert. Bitte laden Sie ihn neu und versuchen Sie es noch einmal.',
  'error.applicationAssigneeNotStaff': 'Diese Person arbeitet nicht für das zuständige Amt.',
  'error.applicationAnswersTooLarge': 'Die Antworten sind zu lang. Bitte kürzen Sie Ihre Angaben.',
  'error.applicationFileName':
    'Bitte geben Sie einen Dateinamen mit höchstens 200 Zeichen an, ohne Schrägstriche.',
  'error.applicationDocumentNotFound':
    'Diese Unterlage gibt es nicht, oder sie gehört nicht zu Ihrem Antrag.',
  'error.applicationInvalidAnswer': '{problem}',
  'error.applicationDocumentMissing': 'Bitte laden Sie diese Unterlage noch hoch.',
  'answer.required': 'Bitte füllen Sie dieses Feld aus.',
  'answer.notAField': 'Dieses Feld gehört nicht zum Formular.',
  'answer.format': 'Bitte prüfen Sie das Format dieser Angabe.',
  'answer.choice': 'Bitte wählen Sie eine der angebotenen Möglichkeiten.',
  'answer.length': 'Diese Angabe ist zu kurz oder zu lang.',
  'answer.range': 'Dieser Wert liegt außerhalb des erlaubten Bereichs.',
  'answer.invalid': 'Diese Angabe ist ungültig.',
  'error.noOnlineApplication': 'Für diese Leistung gibt es keinen Online-Antrag.',
  'error.applicationFormDefinition': 'Die Formulardefinition ist hier ungültig: {message}',
  'error.signInRequired': 'Bitte melden Sie sich dafür an.',
  'error.invalidAccessToken':
    'Das Zugangstoken ist ungültig, abgelaufen oder widerrufen. Bitte melden Sie sich erneut an.',
  'error.ownerOnly': 'Das darf nur sehen, wem das Konto gehört.',
  'mail.applicationSubmitted.subject':
    'Ihr Antrag {reference} ist eingegangen – Stadtverwaltung {town}',
  'mail.applicationSubmitted.body':
    'Guten Tag {name},\n\nIhr Antrag „{service}“ ist bei {office} eingegangen. Ihr Aktenzeichen ist {reference}.\n\nDie Bearbeitung dauert voraussichtlich {days} Tage. Den Stand Ihres Antrags, Ihre Eingangsbestätigung als PDF und die Nachrichten des Amts finden Sie hier: {url}',
  'messaging.applicationSubmitted':
    'Ihr Antrag {reference} ist eingegangen. Hier können Sie mit {office} über Ihren Antrag schreiben.',
  'messaging.outOfOffice':
    'Vielen Dank für Ihre Nachricht. {office} ist gerade nicht besetzt und antwortet ab {when}.',
  'messaging.outOfOfficeUnknown':
    'Vielen Dank für Ihre Nachricht. {office} ist gerade nicht besetzt und antwortet so bald wie möglich.',
  'mail.unreadAnswer.subject': 'Antwort vom Rathaus {town}: {subject}',
  'mail.unreadAnswer.body':
    'Guten Tag {name},\n\n{office} hat Ihnen geantwortet:\n\n„{excerpt}“\n\nDas ganze Gespräch lesen und antworten: {url}\n\nSie erhalten höchstens eine solche E-Mail pro Stunde und Gespräch.',
  'mail.appointment.details':
    'Leistung: {service}\nWann: {date}, {start}–{end} Uhr\nWo: {office}, {address}\nBuchungsnummer: {code}',
  'mail.appointment.documents': 'Bitte bringen Sie mit:\n{list}',
  'mail.appointment.noDocuments': 'Sie müssen nichts Besonderes mitbringen.',
  'mail.appointmentBooked.subject':
    'Terminbestätigung: {service} am {date} um {start} Uhr – Rathaus {town}',
  'mail.appointmentBooked.body':
    'Guten Tag {name},\n\nIhr Termin beim Rathaus {town} ist gebucht.\n\n{details}\n\n{documents}\n\nTermin ansehen oder absagen: {url}\n\nTermin in Ihren Kalender übernehmen: {calendarUrl}\n\nBitte kommen Sie pünktlich. Wenn Sie nicht kommen können, sagen Sie den Termin bitte ab, damit jemand anderes ihn bekommt.',
  'mail.appointmentRescheduled.subject':
    'Neue Zeit für Ihren Termin: {service} am {date} um {start} Uhr – Rathaus {town}',
  'mail.appointmentRescheduled.body':
    'Guten Tag {name},\n\nIhr Termin beim Rathaus {town} hat eine neue Zeit; die bisherige ist wieder frei. Ihre Buchungsnummer bleibt dieselbe.\n\n{details}\n\n{documents}\n\nTermin ansehen, verlegen oder absagen: {url}\n\nDie angehängte Kalenderdatei ändert den Termin in Ihrem Kalender; oder übernehmen Sie ihn von hier: {calendarUrl}\n\nBitte kommen Sie pünktlich. Wenn Sie nicht kommen können, sagen Sie den Termin bitte ab, damit jemand anderes ihn bekommt.',
  'error.rescheduleCancelled': 'Dieser Termin ist abgesagt; buchen Sie bitte einen neuen.',
  'error.rescheduleTooLate':
    'Dieser Termin hat bereits begonnen und kann nicht mehr verlegt werden.',
  'mail.appointmentReminder.subject':
    'Erinnerung: {service} am {date} um {start} Uhr – Rathaus {town}',
  'mail.appointmentReminder.body':
    'Guten Tag {name},\n\nwir erinnern Sie an Ihren Termin beim Rathaus {town}.\n\n{details}\n\n{documents}\n\nTermin ansehen oder absagen: {url}\n\nTermin in Ihren Kalender übernehmen: {calendarUrl}\n\nBitte kommen Sie pünktlich. Wenn Sie nicht kommen können, sagen Sie den Termin bitte ab, damit jemand anderes ihn bekommt.',
  'mail.appointmentConfirmEmail.subject':
    'Bitte bestätigen: {service} am {date} um {start} Uhr – Rathaus {town}',
  'mail.appointmentConfirmEmail.body':
    'Guten Tag {name},\n\nSie haben beim Rathaus {town} einen Termin gebucht. Diese Leistung ist sehr gefragt; deshalb gilt die Buchung erst, wenn Sie Ihre E-Mail-Adresse bestätigen.\n\n{details}\n\nBitte öffnen Sie innerhalb von {minutes} Minuten diesen Link und bestätigen Sie dort: {url}\n\nSonst verfällt die Buchung und die Zeit wird wieder frei. Wenn Sie nichts gebucht haben, müssen Sie nichts tun.',
  'mail.appointmentLapsed.subject':
    'Buchung verfallen: {service} am {date} um {start} Uhr – Rathaus {town}',
  'mail.appointmentLapsed.body':
    'Guten Tag {name},\n\nIhre Buchung beim Rathaus {town} ist verfallen, weil die E-Mail-Adresse nicht rechtzeitig bestätigt wurde. Die Zeit ist wieder frei.\n\n{details}\n\nEinen neuen Termin können Sie jederzeit buchen: {url}',
  'mail.appointmentCancelled.subject':
    'Termin abgesagt: {service} am {date} um {start} Uhr – Rathaus {town}',
  'mail.appointmentCancelled.body':
    'Guten Tag {name},\n\nIhr Termin beim Rathaus {town} ist abgesagt; die Zeit ist wieder frei.\n\n{details}\n\nDie angehängte Kalenderdatei entfernt den Termin aus Ihrem Kalender, wenn Sie ihn dort eingetragen haben. Einen neuen Termin können Sie jederzeit buchen: {url}',
  'error.invalidLocalDate': 'Bitte geben Sie ein Datum wie 2027-03-01 an.',
  'error.bookingCodeNotFound': 'Zu diesem Buchungscode haben wir keinen Termin gefunden.',
  'error.checkInWrongOffice': 'Dieser Termin ist in einer anderen Dienststelle: {office}.',
  'error.checkInNotToday': 'Dieser Termin ist nicht heute.',
  'error.checkInTooEarly':
    'Sie können sich frühestens {minutes} Minuten vor Ihrem Termin anmelden.',
  'error.checkInTooLate':
    'Ihr Termin hat vor mehr als {minutes} Minuten begonnen. Bitte ziehen Sie eine Wartenummer.',
  'error.appointmentIsCancelled': 'Dieser Termin ist abgesagt.',
  'error.alreadyCheckedIn': 'Dieser Termin ist schon angemeldet; Ihre Wartenummer gilt weiter.',
  'error.officeClosed': 'Die Dienststelle ist gerade geschlossen.',
  'error.kioskWrongOffice': 'Dieses Terminal zieht nur Wartenummern für seine eigene Dienststelle.',
  'error.serviceNotHandled': 'Diese Leistung bietet hier gerade kein Schalter an.',
  'error.counterNotFound': 'Diesen Schalter gibt es nicht.',
  'error.ticketNotFound': 'Diese Wartenummer gibt es nicht.',
  'error.counterClosed': 'Der Schalter ist nicht geöffnet. Bitte öffnen Sie ihn zuerst.',
  'error.counterInactive':
    'Dieser Schalter ist stillgelegt. Die Verwaltung kann ihn wieder in Betrieb nehmen.',
  'error.counterBusy':
    'Am Schalter ist noch eine Nummer aufgerufen. Bitte schließen Sie sie zuerst ab.',
  'error.queueEmpty': 'Niemand wartet auf eine Leistung dieses Schalters.',
  'error.ticketWrongState':
    'Das geht mit dieser Nummer gerade nicht; vielleicht war jemand schneller.',
  'error.recallLimit': 'Diese Nummer wurde schon {max}-mal erneut aufgerufen.',
  'error.counterNotHandling': 'Dieser Schalter bietet diese Leistung nicht an.',
  'error.alreadyRetired': 'Das ist schon außer Betrieb.',
  'error.appointmentsAffected':
    'Hier sind noch {count} kommende Termine gebucht. Bitte wählen Sie, was mit ihnen geschieht.',
  'error.cannotMoveAppointments':
    '{count} der kommenden Termine können zu ihrer Zeit an keinen anderen freien Schalter verlegt werden. Es wurde nichts geändert; sagen Sie die Termine mit Nachricht ab.',
  'error.moveOnlyCounters':
    'Verlegen geht nur für einen Schalter; Termine eines Standorts oder einer Leistung können nur abgesagt werden.',
  'error.retired': 'Das ist außer Betrieb und kann nicht mehr geändert werden.',
  'mail.appointmentCancelledByOffice.subject':
    'Termin abgesagt vom Rathaus: {service} am {date} um {start} Uhr – Rathaus {town}',
  'mail.appointmentCancelledByOffice.body':
    'Guten Tag {name},\n\nleider muss {office} Ihren Termin absagen. Die Nachricht des Rathauses:\n\n{note}\n\n{details}\n\nBitte entschuldigen Sie. Mit einem Klick buchen Sie einen der nächsten freien Termine an seiner Stelle: {url}\n\nWenn Sie den Termin in Ihren Kalender übernommen haben, löschen Sie ihn dort bitte.',
  'mail.appointmentWithdrawn.subject':
    'Termin abgesagt vom Rathaus: {service} am {date} um {start} Uhr – Rathaus {town}',
  'mail.appointmentWithdrawn.body':
    'Guten Tag {name},\n\nleider müssen wir Ihren Termin beim Rathaus {town} absagen: {reason}\n\n{details}\n\nBitte entschuldigen Sie. Wenn Sie den Termin in Ihren Kalender übernommen haben, löschen Sie ihn dort bitte. Hier können Sie einen neuen Termin buchen: {url}',
  'mail.appointmentWithdrawn.reason.OFFICE': '{office} ist ab sofort geschlossen.',
  'mail.appointmentWithdrawn.reason.SERVICE':
    'Die Leistung „{service}“ bieten wir nicht mehr mit Termin an.',
  'mail.appointmentWithdrawn.reason.COUNTER':
    'Der Schalter, an dem Ihr Termin stattfinden sollte, ist außer Betrieb.',
  'mail.applicationInformationRequested.subject':
    'Rückfrage zu Ihrem Antrag {reference} – Rathaus {town}',
  'mail.applicationInformationRequested.body':
    'Guten Tag {name},\n\n{office} braucht für Ihren Antrag „{service}“ ({reference}) noch etwas von Ihnen:\n\n„{question}“\n\nBitte antworten Sie im Gespräch zu Ihrem Antrag oder laden Sie dort die Unterlagen hoch: {url}\n\nSolange wir auf Ihre Antwort warten, ruht die Bearbeitung.',
  'mail.applicationDecided.subject': 'Bescheid zu Ihrem Antrag {reference} – Rathaus {town}',
  'mail.applicationDecided.body':
    'Guten Tag {name},\n\n{office} hat über Ihren Antrag „{service}“ ({reference}) entschieden: {outcome}\n\nDen Bescheid mit der Begründung können Sie hier lesen und als PDF herunterladen: {url}',
  'mail.applicationDecided.APPROVED': 'Ihr Antrag wird genehmigt.',
  'mail.applicationDecided.REJECTED': 'Ihr Antrag wird abgelehnt.',
  'upload.EMPTY': 'Die Datei ist leer.',
  'upload.TOO_LARGE': 'Die Datei ist zu groß: höchstens {maxMb} MB.',
  'upload.TYPE_NOT_ALLOWED': 'Diese Art von Datei nehmen wir hier nicht an: bitte als {types}.',
  'upload.CONTENT_MISMATCH':
    'Der Inhalt der Datei passt nicht zu ihrer Art. Haben Sie die richtige Datei gewählt?',
  'upload.TOO_MANY_FILES':
    'Zu diesem Antrag sind schon so viele Dateien hochgeladen, wie möglich sind ({perRequirement} je Unterlage, {perApplication} insgesamt).',
  'upload.TOTAL_TOO_LARGE':
    'Alle Dateien dieses Antrags zusammen dürfen höchstens {maxMb} MB groß sein.',
  'upload.EXPIRED':
    'Der Link zum Hochladen ist abgelaufen. Bitte wählen Sie die Datei noch einmal.',
  'upload.NOT_ALLOWED': 'Sie können zu diesem Antrag jetzt keine Datei hochladen.',
  'upload.RATE_LIMITED':
    'Sie haben gerade viele Dateien hochgeladen. Bitte warten Sie einen Moment.',
  'upload.STORAGE_FULL':
    'Die Datei konnte gerade nicht gespeichert werden, weil der Speicher voll ist. Bitte versuchen Sie es später erneut.',
  'oidc.page.title': 'Anmeldung über {provider}',
  'oidc.page.back': 'Zurück zur Anmeldung',
  'oidc.refused.NOT_STAFF':
    'Ihr Konto bei {provider} hat keine Rolle für den Arbeitsbereich der Mitarbeitenden. Wenden Sie sich an Ihre IT, wenn Sie diesen Zugang brauchen.',
  'oidc.refused.NO_EMAIL':
    '{provider} hat keine E-Mail-Adresse übermittelt. Wenden Sie sich an Ihre IT.',
  'oidc.refused.EMAIL_UNVERIFIED':
    'Ein Konto mit Ihrer E-Mail-Adresse besteht schon, und {provider} bestätigt die Adresse nicht. Wenden Sie sich an Ihre IT.',
  'oidc.refused.FAILED':
    'Die Anmeldung über {provider} ist fehlgeschlagen oder abgelaufen. Bitte versuchen Sie es noch einmal.',
  'oidc.refused.UNAVAILABLE':
    '{provider} ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.',
  'error.waitlistEntryExistsLinkSent':
    'Sie stehen für diese Leistung schon auf der Warteliste. Wir haben Ihnen den Link zu Ihrem Eintrag noch einmal geschickt.',
  'error.waitlistEntryExists': 'Sie stehen für diese Leistung schon auf der Warteliste.',
  'error.waitlistEntryNotFound': 'Diesen Eintrag auf der Warteliste gibt es nicht (mehr).',
  'error.waitlistOfferNotFound':
    'Dieses Angebot gibt es nicht mehr: Es ist abgelaufen, wurde abgelehnt oder schon angenommen.',
  'error.waitlistConfirmNotFound': 'Dieser Bestätigungslink ist ungültig oder wurde schon benutzt.',
  'error.waitlistEmailRequired': 'Bitte melden Sie sich an oder geben Sie Ihre E-Mail-Adresse an.',
  'error.waitlistPeriod':
    'Der Zeitraum muss in der Zukunft liegen, darf höchstens {days} Tage voraus reichen und muss mit seinem Beginn anfangen.',
  'error.waitlistTimesOfDay':
    'Bitte geben Sie Uhrzeiten wie 08:00 an; die späteste muss nach der frühesten liegen.',
  'error.waitlistOffices':
    'Bitte wählen Sie eine bis {max} Dienststellen, die diese Leistung anbieten.',
  'mail.waitlistOffer.subject':
    'Ein Termin ist frei geworden: {service} am {date} um {start} Uhr – Rathaus {town}',
  'mail.waitlistOffer.body':
    'Guten Tag {name},\n\nauf der Warteliste sind Sie an der Reihe: Für Sie ist ein Termin frei geworden und bis {until} Uhr für Sie reserviert.\n\nLeistung: {service}\nWann: {date}, {start}–{end} Uhr\nWo: {office}, {address}\n\nTermin annehmen oder ablehnen: {url}\n\nWenn Sie ihn bis {until} Uhr nicht annehmen, bekommt ihn die nächste Person auf der Warteliste; Sie bleiben auf der Liste. Ihren Platz sehen und die Warteliste verlassen können Sie mit dem Link aus der Bestätigungs-E-Mail oder, angemeldet, unter „Mein Rathaus“.',
  'mail.waitlistConfirm.subject':
    'Bitte bestätigen Sie Ihren Platz auf der Warteliste – Rathaus {town}',
  'mail.waitlistConfirm.body':
    'Guten Tag {name},\n\nSie möchten auf die Warteliste für „{service}“ beim Rathaus {town}. Bitte bestätigen Sie Ihre E-Mail-Adresse, dann stehen Sie in der Reihe:\n\n{url}\n\nIhren Platz in der Reihe sehen und die Warteliste verlassen können Sie später hier:\n\n{entryUrl}\n\nWenn Sie das nicht waren, können Sie diese E-Mail ignorieren.',
} as const;
