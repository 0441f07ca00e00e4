//! The commands: one function per mutation of the API, each a use case of its own.

use jiff::Timestamp;

use convene_domain::access::{Role, TokenCommand, Tokens};
use convene_domain::booking::{self, approval_keys, cancellation_keys};
use convene_domain::documents::{self, sequence_for};
use convene_domain::feedback::{Feedback, FeedbackFacts, SubmitFeedback};
use convene_domain::invoice::{Invoice, InvoiceCommand, InvoiceEvent};
use convene_domain::request::{
    AddServiceLine, ConfirmServiceLine, CreateEventRequest, EditEventRequest, EventRequest,
    EventRequestCommand, EventRequestEvent, FocalPointCandidate, Request, RoomFacts,
};
use convene_domain::schedule::RoomSchedule;
use convene_domain::sequence::{NumberSequence, Series};
use convene_domain::values::{
    Attendance, Description, Name, Note, PaymentReference, Quantity, Rating, Reason, Title,
};
use convene_domain::{
    Aggregate, CreditNoteId, DomainEvent, EventRequestId, GuestId, InvoiceId, ItemCode, Money,
    PaymentId, RoomCode, ServiceLineId, TimeSlot, UnitCode,
};
use convene_store::append::StreamAppend;
use convene_store::codec::{decode, encode};
use convene_store::envelope::{ExpectedVersion, RecordedEvent, StreamId};
use convene_store::load::Loaded;
use convene_store::streams;
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::{AppResult, UserError, rejected};
use crate::{App, Attempt, Idempotency};

fn new_id<T>(make: fn(Uuid) -> Result<T, convene_domain::ValueError>) -> T {
    make(Uuid::now_v7()).expect("Uuid::now_v7 makes version 7 ids")
}

/// Encodes events for one stream, expected at `version` (0 = the stream must not exist).
fn stream_append<E: DomainEvent + Serialize>(
    stream: StreamId,
    version: u64,
    events: &[E],
) -> AppResult<StreamAppend> {
    let events = events.iter().map(encode).collect::<Result<Vec<_>, _>>()?;
    let expected = if version == 0 {
        ExpectedVersion::NoStream
    } else {
        ExpectedVersion::Exact(version)
    };
    Ok(StreamAppend {
        stream,
        expected,
        events,
    })
}

fn request_of(loaded: &Loaded<EventRequest>) -> Result<&Request, UserError> {
    loaded
        .state
        .request
        .as_ref()
        .ok_or_else(|| UserError::not_found("eventRequestId"))
}

fn id_in_stream(events: &[RecordedEvent], prefix: &str) -> Option<Uuid> {
    events.iter().find_map(|event| {
        event
            .stream
            .as_str()
            .strip_prefix(prefix)
            .and_then(|id| Uuid::try_parse(id).ok())
    })
}

fn request_in(events: &[RecordedEvent]) -> Option<EventRequestId> {
    id_in_stream(events, "request-").and_then(|id| EventRequestId::new(id).ok())
}

fn invoice_in(events: &[RecordedEvent]) -> Option<InvoiceId> {
    id_in_stream(events, "invoice-").and_then(|id| InvoiceId::new(id).ok())
}

fn line_in(events: &[RecordedEvent]) -> Option<ServiceLineId> {
    events
        .iter()
        .find_map(|event| match decode::<EventRequestEvent>(event) {
            Ok(EventRequestEvent::ServiceLineRequested { line, .. }) => Some(line),
            _ => None,
        })
}

/// What a mission sends to create a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRequest {
    pub title: Title,
    pub description: Description,
    pub slot: TimeSlot,
    pub attendance: Attendance,
    pub preferred_room: Option<RoomCode>,
}

/// A change to a draft's header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestEdit {
    pub title: Title,
    pub description: Description,
    pub slot: TimeSlot,
    pub attendance: Attendance,
    pub preferred_room: Option<RoomCode>,
}

/// What a mission sends to add a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLine {
    pub item: ItemCode,
    pub quantity: Quantity,
    pub note: Note,
}

impl App {
    pub(crate) async fn load<A>(&self, stream: &StreamId) -> AppResult<Loaded<A>>
    where
        A: Aggregate + Send + Sync + 'static,
        A::Event: DeserializeOwned,
    {
        Ok(self.cache.load(self.store.as_ref(), stream).await?)
    }

    fn room_facts(&self, code: &RoomCode, field: &str) -> Result<RoomFacts, UserError> {
        let venue = self.projections.venue();
        let room = venue
            .rooms
            .room(code)
            .ok_or_else(|| UserError::not_found(field))?;
        Ok(RoomFacts {
            code: code.clone(),
            capacity: room.capacity.get(),
        })
    }

    /// A mission may act on its own requests; the administrator on any. Anyone else may not,
    /// and another mission's request does not exist for the caller.
    fn check_mission_access(
        principal: &Principal,
        request: &Request,
        action: &str,
    ) -> Result<(), UserError> {
        match principal.mission() {
            Some(mission) if *mission == request.mission => Ok(()),
            Some(_) => Err(UserError::not_found("eventRequestId")),
            None if principal.is_admin() => Ok(()),
            None => Err(UserError::forbidden(action)),
        }
    }

    fn check_focal_point(principal: &Principal, action: &str) -> Result<(), UserError> {
        if matches!(principal.role, Role::FocalPoint | Role::Admin) {
            Ok(())
        } else {
            Err(UserError::forbidden(action))
        }
    }

    fn check_finance(principal: &Principal, action: &str) -> Result<(), UserError> {
        if matches!(principal.role, Role::Finance | Role::Admin) {
            Ok(())
        } else {
            Err(UserError::forbidden(action))
        }
    }

    /// Creates a draft request for the caller's mission, with the next `SE-` reference.
    pub async fn create_request(
        &self,
        principal: &Principal,
        input: NewRequest,
        idempotency: Option<&Idempotency>,
    ) -> AppResult<EventRequestId> {
        let mission = principal
            .mission()
            .cloned()
            .ok_or_else(|| UserError::forbidden("create requests"))?;
        let id: EventRequestId = new_id(EventRequestId::new);
        let (input, mission) = (&input, &mission);
        let attempt = move || async move {
            let now = self.clock.now();
            let preferred_room = match &input.preferred_room {
                Some(code) => Some(self.room_facts(code, "preferredRoomCode")?),
                None => None,
            };
            let (series, year) = sequence_for(Series::Request, now);
            let sequence_stream = streams::sequence(series, year);
            let sequence: Loaded<NumberSequence> = self.load(&sequence_stream).await?;
            // Validate the request before taking a number, so a refusal costs no number.
            let command = |reference| {
                EventRequestCommand::Create(CreateEventRequest {
                    id,
                    reference,
                    mission: mission.clone(),
                    title: input.title.clone(),
                    description: input.description.clone(),
                    slot: input.slot,
                    attendance: input.attendance,
                    preferred_room: preferred_room.clone(),
                    now,
                })
            };
            let (taken, reference) =
                documents::take_reference(&sequence.state, now).map_err(rejected)?;
            let events = EventRequest::default()
                .decide(command(reference))
                .map_err(rejected)?;
            Ok(Attempt {
                appends: vec![
                    stream_append(sequence_stream, sequence.version, &[taken])?,
                    stream_append(streams::request(id), 0, &events)?,
                ],
                value: id,
                guarded: None,
            })
        };
        self.execute_in_turn(principal, idempotency, attempt, request_in)
            .await
    }

    /// Runs a request command that touches only the request's stream.
    async fn on_request(
        &self,
        principal: &Principal,
        id: EventRequestId,
        expected_version: Option<u64>,
        access: impl Fn(&Principal, &Request) -> Result<(), UserError> + Sync,
        command: impl Fn(&Request, Timestamp) -> Result<EventRequestCommand, UserError> + Sync,
        idempotency: Option<&Idempotency>,
    ) -> AppResult<EventRequestId> {
        let stream = streams::request(id);
        let (stream, access, command) = (&stream, &access, &command);
        let attempt = move || async move {
            let loaded: Loaded<EventRequest> = self.load(stream).await?;
            let request = request_of(&loaded)?;
            access(principal, request)?;
            let now = self.clock.now();
            let events = loaded
                .state
                .decide(command(request, now)?)
                .map_err(rejected)?;
            Ok(Attempt {
                appends: vec![stream_append(stream.clone(), loaded.version, &events)?],
                value: id,
                guarded: expected_version.map(|_| stream.clone()),
            })
        };
        self.execute(principal, idempotency, attempt, |_| Some(id))
            .await
    }

    /// Changes a draft's header.
    pub async fn edit_request(
        &self,
        principal: &Principal,
        id: EventRequestId,
        edit: RequestEdit,
        expected_version: Option<u64>,
    ) -> AppResult<EventRequestId> {
        self.on_request(
            principal,
            id,
            expected_version,
            |principal, request| Self::check_mission_access(principal, request, "edit requests"),
            |_, now| {
                let preferred_room = match &edit.preferred_room {
                    Some(code) => Some(self.room_facts(code, "preferredRoomCode")?),
                    None => None,
                };
                Ok(EventRequestCommand::Edit(EditEventRequest {
                    expected_version,
                    title: edit.title.clone(),
                    description: edit.description.clone(),
                    slot: edit.slot,
                    attendance: edit.attendance,
                    preferred_room,
                    now,
                }))
            },
            None,
        )
        .await
    }

    /// Submits a draft; the least busy focal point is assigned.
    pub async fn submit_request(
        &self,
        principal: &Principal,
        id: EventRequestId,
        expected_version: Option<u64>,
    ) -> AppResult<EventRequestId> {
        self.on_request(
            principal,
            id,
            expected_version,
            |principal, request| Self::check_mission_access(principal, request, "submit requests"),
            |_, now| {
                let roster = self.projections.venue().focal_points.roster.clone();
                let focal_points = roster
                    .into_iter()
                    .map(|contact| {
                        let open_requests = self
                            .requests
                            .focal_point_load(contact.email.as_str())
                            .unwrap_or(0);
                        FocalPointCandidate {
                            contact,
                            open_requests: u32::try_from(open_requests).unwrap_or(u32::MAX),
                        }
                    })
                    .collect();
                Ok(EventRequestCommand::Submit {
                    expected_version,
                    focal_points,
                    now,
                })
            },
            None,
        )
        .await
    }

    /// Rejects a submitted request (focal point).
    pub async fn reject_request(
        &self,
        principal: &Principal,
        id: EventRequestId,
        reason: Reason,
        expected_version: Option<u64>,
    ) -> AppResult<EventRequestId> {
        Self::check_focal_point(principal, "reject requests")?;
        self.on_request(
            principal,
            id,
            expected_version,
            |_, _| Ok(()),
            |_, now| {
                Ok(EventRequestCommand::Reject {
                    expected_version,
                    reason: reason.clone(),
                    now,
                })
            },
            None,
        )
        .await
    }

    /// Marks an approved request held, once it has ended (focal point).
    pub async fn mark_held(
        &self,
        principal: &Principal,
        id: EventRequestId,
        expected_version: Option<u64>,
    ) -> AppResult<EventRequestId> {
        Self::check_focal_point(principal, "mark requests held")?;
        self.on_request(
            principal,
            id,
            expected_version,
            |_, _| Ok(()),
            |_, now| {
                Ok(EventRequestCommand::MarkHeld {
                    expected_version,
                    now,
                })
            },
            None,
        )
        .await
    }

    /// Approves a submitted request in a room (focal point): the room's schedule for the
    /// day is appended in the same atomic write, so two overlapping approvals cannot both land.
    pub async fn approve_request(
        &self,
        principal: &Principal,
        id: EventRequestId,
        room: RoomCode,
        expected_version: Option<u64>,
    ) -> AppResult<EventRequestId> {
        Self::check_focal_point(principal, "approve requests")?;
        let stream = streams::request(id);
        let (stream, room) = (&stream, &room);
        let attempt = move || async move {
            let loaded: Loaded<EventRequest> = self.load(stream).await?;
            request_of(&loaded)?;
            let facts = self.room_facts(room, "roomCode")?;
            let keys = approval_keys(&loaded.state, &facts);
            let schedules = self.load_schedules(&keys).await?;
            let states: Vec<RoomSchedule> = schedules
                .iter()
                .map(|schedule| schedule.state.clone())
                .collect();
            let decision = booking::approve(
                &loaded.state,
                &states,
                facts,
                expected_version,
                self.clock.now(),
            )
            .map_err(rejected)?;
            Ok(Attempt {
                appends: booking_appends(stream, loaded.version, &decision, &schedules)?,
                value: id,
                guarded: expected_version.map(|_| stream.clone()),
            })
        };
        self.execute(principal, None, attempt, |_| Some(id)).await
    }

    /// Loads the room-day schedules a booking decision needs, in the keys' order.
    async fn load_schedules(
        &self,
        keys: &[convene_domain::schedule::ScheduleKey],
    ) -> AppResult<Vec<Loaded<RoomSchedule>>> {
        let mut schedules = Vec::with_capacity(keys.len());
        for key in keys {
            schedules.push(self.load::<RoomSchedule>(&streams::schedule(key)).await?);
        }
        Ok(schedules)
    }

    /// Cancels a request (its mission); an approved request gives its room back.
    pub async fn cancel_request(
        &self,
        principal: &Principal,
        id: EventRequestId,
        reason: Reason,
        expected_version: Option<u64>,
    ) -> AppResult<EventRequestId> {
        let stream = streams::request(id);
        let (stream, reason) = (&stream, &reason);
        let attempt = move || async move {
            let loaded: Loaded<EventRequest> = self.load(stream).await?;
            Self::check_mission_access(principal, request_of(&loaded)?, "cancel requests")?;
            let keys = cancellation_keys(&loaded.state);
            let schedules = self.load_schedules(&keys).await?;
            let states: Vec<RoomSchedule> = schedules
                .iter()
                .map(|schedule| schedule.state.clone())
                .collect();
            let decision = booking::cancel(
                &loaded.state,
                &states,
                reason.clone(),
                expected_version,
                self.clock.now(),
            )
            .map_err(rejected)?;
            Ok(Attempt {
                appends: booking_appends(stream, loaded.version, &decision, &schedules)?,
                value: id,
                guarded: expected_version.map(|_| stream.clone()),
            })
        };
        self.execute(principal, None, attempt, |_| Some(id)).await
    }

    /// Adds a service line at today's rate-card price (the request's mission).
    pub async fn add_line(
        &self,
        principal: &Principal,
        id: EventRequestId,
        line: NewLine,
        expected_version: Option<u64>,
        idempotency: Option<&Idempotency>,
    ) -> AppResult<ServiceLineId> {
        let stream = streams::request(id);
        let line_id: ServiceLineId = new_id(ServiceLineId::new);
        let (stream, line) = (&stream, &line);
        let attempt = move || async move {
            let loaded: Loaded<EventRequest> = self.load(stream).await?;
            Self::check_mission_access(principal, request_of(&loaded)?, "add service lines")?;
            let now = self.clock.now();
            let item = self
                .projections
                .venue()
                .rate_card
                .quote(&line.item, now)
                .map_err(rejected)?;
            let command = EventRequestCommand::AddServiceLine(AddServiceLine {
                line: line_id,
                item,
                quantity: line.quantity,
                note: line.note.clone(),
                expected_version,
                now,
            });
            let events = loaded.state.decide(command).map_err(rejected)?;
            Ok(Attempt {
                appends: vec![stream_append(stream.clone(), loaded.version, &events)?],
                value: line_id,
                guarded: expected_version.map(|_| stream.clone()),
            })
        };
        self.execute(principal, idempotency, attempt, line_in).await
    }

    /// Finds the request of a line, hiding lines the caller may not see.
    fn request_of_line(&self, line: ServiceLineId) -> AppResult<EventRequestId> {
        Ok(self
            .lines
            .request_of(line)?
            .ok_or_else(|| UserError::not_found("serviceLineId"))?)
    }

    /// Runs a line command on the line's request.
    async fn on_line(
        &self,
        principal: &Principal,
        line: ServiceLineId,
        access: impl Fn(&Principal, &Request) -> Result<(), UserError> + Sync,
        command: impl Fn(&Request, Timestamp) -> Result<EventRequestCommand, UserError> + Sync,
    ) -> AppResult<ServiceLineId> {
        let id = self.request_of_line(line)?;
        let stream = streams::request(id);
        let (stream, access, command) = (&stream, &access, &command);
        let attempt = move || async move {
            let loaded: Loaded<EventRequest> = self.load(stream).await?;
            let request = request_of(&loaded)?;
            access(principal, request)?;
            // Another unit's line is refused exactly like a line that does not exist: the
            // domain's "no such line on this request" would tell the caller it exists.
            let events = loaded
                .state
                .decide(command(request, self.clock.now())?)
                .map_err(|error| hide_line(rejected(error)))?;
            Ok(Attempt {
                appends: vec![stream_append(stream.clone(), loaded.version, &events)?],
                value: line,
                guarded: None,
            })
        };
        self.execute(principal, None, attempt, |_| Some(line)).await
    }

    /// The unit that acts on a line: a unit acts as itself, the administrator as the line's unit.
    fn acting_unit(
        principal: &Principal,
        request: &Request,
        line: ServiceLineId,
        action: &str,
    ) -> Result<UnitCode, UserError> {
        match &principal.role {
            Role::Unit { unit } => Ok(unit.clone()),
            Role::Admin => request
                .line(line)
                .map(|line| line.unit().clone())
                .ok_or_else(|| UserError::not_found("serviceLineId")),
            _ => Err(UserError::forbidden(action)),
        }
    }

    /// Removes (cancels) a line (the request's mission); a confirmed line costs its fee.
    pub async fn remove_line(
        &self,
        principal: &Principal,
        line: ServiceLineId,
        reason: Option<Reason>,
        expected_version: Option<u64>,
    ) -> AppResult<ServiceLineId> {
        self.on_line(
            principal,
            line,
            |principal, request| {
                Self::check_mission_access(principal, request, "remove service lines")
                    .map_err(hide_line)
            },
            |_, now| {
                Ok(EventRequestCommand::RemoveServiceLine {
                    line,
                    expected_version,
                    reason: reason.clone(),
                    now,
                })
            },
        )
        .await
    }

    /// Confirms a line (its unit), at the rate card's price unless the unit quotes its own.
    pub async fn confirm_line(
        &self,
        principal: &Principal,
        line: ServiceLineId,
        unit_price: Option<Money>,
        note: Note,
        expected_version: Option<u64>,
    ) -> AppResult<ServiceLineId> {
        self.on_line(
            principal,
            line,
            |_, _| Ok(()),
            |request, now| {
                let unit = Self::acting_unit(principal, request, line, "confirm service lines")?;
                let item = request
                    .line(line)
                    .map(|line| line.item.code.clone())
                    .ok_or_else(|| UserError::not_found("serviceLineId"))?;
                let quote = self
                    .projections
                    .venue()
                    .rate_card
                    .quote(&item, now)
                    .map_err(rejected)?;
                Ok(EventRequestCommand::ConfirmServiceLine(
                    ConfirmServiceLine {
                        line,
                        unit,
                        quote,
                        unit_price,
                        note: note.clone(),
                        expected_version,
                        now,
                    },
                ))
            },
        )
        .await
    }

    /// Declines a line (its unit).
    pub async fn decline_line(
        &self,
        principal: &Principal,
        line: ServiceLineId,
        reason: Reason,
        expected_version: Option<u64>,
    ) -> AppResult<ServiceLineId> {
        self.on_line(
            principal,
            line,
            |_, _| Ok(()),
            |request, now| {
                let unit = Self::acting_unit(principal, request, line, "decline service lines")?;
                Ok(EventRequestCommand::DeclineServiceLine {
                    line,
                    unit,
                    reason: reason.clone(),
                    expected_version,
                    now,
                })
            },
        )
        .await
    }

    /// Records the delivered quantity of a line (its unit).
    pub async fn deliver_line(
        &self,
        principal: &Principal,
        line: ServiceLineId,
        delivered_quantity: Quantity,
        expected_version: Option<u64>,
    ) -> AppResult<ServiceLineId> {
        self.on_line(
            principal,
            line,
            |_, _| Ok(()),
            |request, now| {
                let unit = Self::acting_unit(principal, request, line, "record deliveries")?;
                Ok(EventRequestCommand::DeliverServiceLine {
                    line,
                    unit,
                    delivered_quantity,
                    expected_version,
                    now,
                })
            },
        )
        .await
    }

    /// Adds a guest (the request's mission).
    pub async fn add_guest(
        &self,
        principal: &Principal,
        id: EventRequestId,
        full_name: Name,
        organization: Option<Name>,
    ) -> AppResult<GuestId> {
        let guest: GuestId = new_id(GuestId::new);
        self.on_request(
            principal,
            id,
            None,
            |principal, request| Self::check_mission_access(principal, request, "add guests"),
            |_, now| {
                Ok(EventRequestCommand::AddGuest {
                    guest,
                    full_name: full_name.clone(),
                    organization: organization.clone(),
                    now,
                })
            },
            None,
        )
        .await?;
        Ok(guest)
    }

    /// Removes a guest from a request's list (the request's mission, or the administrator),
    /// under the same conditions as adding one: an open request, until 48 hours before the
    /// start. A guest that is not on the list is `NOT_FOUND` (field `guestId`).
    pub async fn remove_guest(
        &self,
        principal: &Principal,
        request: EventRequestId,
        guest: GuestId,
    ) -> AppResult<EventRequestId> {
        self.on_request(
            principal,
            request,
            None,
            |principal, request| Self::check_mission_access(principal, request, "remove guests"),
            |_, now| Ok(EventRequestCommand::RemoveGuest { guest, now }),
            None,
        )
        .await
    }

    /// Issues the one consolidated invoice of a held or cancelled request (finance).
    pub async fn issue_invoice(
        &self,
        principal: &Principal,
        id: EventRequestId,
        idempotency: Option<&Idempotency>,
    ) -> AppResult<InvoiceId> {
        Self::check_finance(principal, "issue invoices")?;
        let stream = streams::request(id);
        let invoice_id: InvoiceId = new_id(InvoiceId::new);
        let stream = &stream;
        let attempt = move || async move {
            let loaded: Loaded<EventRequest> = self.load(stream).await?;
            request_of(&loaded)?;
            let now = self.clock.now();
            let (series, year) = sequence_for(Series::Invoice, now);
            let sequence_stream = streams::sequence(series, year);
            let sequence: Loaded<NumberSequence> = self.load(&sequence_stream).await?;
            let issuance = documents::issue_invoice(
                &loaded.state,
                &sequence.state,
                invoice_id,
                self.currency(),
                now,
            )
            .map_err(rejected)?;
            Ok(Attempt {
                appends: vec![
                    stream_append(sequence_stream, sequence.version, &[issuance.sequence])?,
                    stream_append(streams::invoice(invoice_id), 0, &issuance.invoice)?,
                    stream_append(stream.clone(), loaded.version, &issuance.request)?,
                ],
                value: invoice_id,
                guarded: None,
            })
        };
        self.execute_in_turn(principal, idempotency, attempt, invoice_in)
            .await
    }

    fn invoice_stream(&self, id: InvoiceId) -> AppResult<StreamId> {
        if self.invoices.mission_of(id)?.is_none() {
            return Err(UserError::not_found("invoiceId").into());
        }
        Ok(streams::invoice(id))
    }

    /// Issues a credit note on an invoice (finance).
    pub async fn issue_credit_note(
        &self,
        principal: &Principal,
        invoice: InvoiceId,
        amount: Money,
        reason: Reason,
        unit: Option<UnitCode>,
        idempotency: Option<&Idempotency>,
    ) -> AppResult<InvoiceId> {
        Self::check_finance(principal, "issue credit notes")?;
        let stream = self.invoice_stream(invoice)?;
        let credit_note: CreditNoteId = new_id(CreditNoteId::new);
        let (stream, reason, unit) = (&stream, &reason, &unit);
        let attempt = move || async move {
            let loaded: Loaded<Invoice> = self.load(stream).await?;
            let now = self.clock.now();
            let (series, year) = sequence_for(Series::CreditNote, now);
            let sequence_stream = streams::sequence(series, year);
            let sequence: Loaded<NumberSequence> = self.load(&sequence_stream).await?;
            let issuance = documents::issue_credit_note(
                &loaded.state,
                &sequence.state,
                credit_note,
                amount,
                reason.clone(),
                unit.clone(),
                now,
            )
            .map_err(rejected)?;
            Ok(Attempt {
                appends: vec![
                    stream_append(sequence_stream, sequence.version, &[issuance.sequence])?,
                    stream_append(stream.clone(), loaded.version, &issuance.invoice)?,
                ],
                value: invoice,
                guarded: None,
            })
        };
        self.execute_in_turn(principal, idempotency, attempt, invoice_in)
            .await
    }

    /// Records a payment on an invoice (finance).
    pub async fn record_payment(
        &self,
        principal: &Principal,
        invoice: InvoiceId,
        amount: Money,
        reference: PaymentReference,
        idempotency: Option<&Idempotency>,
    ) -> AppResult<InvoiceId> {
        Self::check_finance(principal, "record payments")?;
        let stream = self.invoice_stream(invoice)?;
        let payment: PaymentId = new_id(PaymentId::new);
        let (stream, reference) = (&stream, &reference);
        let attempt = move || async move {
            let loaded: Loaded<Invoice> = self.load(stream).await?;
            let command = InvoiceCommand::RecordPayment {
                payment_id: payment,
                amount,
                reference: reference.clone(),
                received_at: self.clock.now(),
            };
            let events: Vec<InvoiceEvent> = loaded.state.decide(command).map_err(rejected)?;
            Ok(Attempt {
                appends: vec![stream_append(stream.clone(), loaded.version, &events)?],
                value: invoice,
                guarded: None,
            })
        };
        self.execute(principal, idempotency, attempt, invoice_in)
            .await
    }

    /// Rates a unit that served a held request (the request's mission), once.
    pub async fn submit_feedback(
        &self,
        principal: &Principal,
        id: EventRequestId,
        unit: UnitCode,
        rating: Rating,
        comment: Note,
    ) -> AppResult<EventRequestId> {
        let request_stream = streams::request(id);
        let feedback_stream = streams::feedback(id);
        let (request_stream, feedback_stream, unit, comment) =
            (&request_stream, &feedback_stream, &unit, &comment);
        let attempt = move || async move {
            let loaded: Loaded<EventRequest> = self.load(request_stream).await?;
            let request = request_of(&loaded)?;
            Self::check_mission_access(principal, request, "give feedback")?;
            let feedback: Loaded<Feedback> = self.load(feedback_stream).await?;
            let command = SubmitFeedback {
                facts: FeedbackFacts::of(request),
                unit: unit.clone(),
                rating,
                comment: comment.clone(),
                now: self.clock.now(),
            };
            let events = feedback.state.decide(command).map_err(rejected)?;
            Ok(Attempt {
                appends: vec![stream_append(
                    feedback_stream.clone(),
                    feedback.version,
                    &events,
                )?],
                value: id,
                guarded: None,
            })
        };
        self.execute(principal, None, attempt, |_| Some(id)).await
    }

    /// Issues an API token with a role (administrator); returns the secret, shown once.
    pub async fn create_token(
        &self,
        principal: &Principal,
        role: Role,
        label: Name,
    ) -> AppResult<String> {
        if !principal.is_admin() {
            return Err(UserError::forbidden("create tokens").into());
        }
        self.issue_token(principal, role, label).await
    }

    /// Issues a token without checking the caller (start-up and the command line).
    pub async fn issue_token(
        &self,
        principal: &Principal,
        role: Role,
        label: Name,
    ) -> AppResult<String> {
        match &role {
            Role::Mission { mission }
                if self.projections.venue().missions.mission(mission).is_none() =>
            {
                return Err(UserError::not_found("missionCode").into());
            }
            Role::Unit { unit } if self.projections.venue().directory.unit(unit).is_none() => {
                return Err(UserError::not_found("unitCode").into());
            }
            _ => {}
        }
        let token = crate::auth::new_token()
            .map_err(|error| convene_store::StoreError::Io(format!("no randomness: {error}")))?;
        let hash = crate::auth::hash_token(&token);
        let stream = streams::tokens();
        let (stream, hash, role, label, token) = (&stream, &hash, &role, &label, &token);
        let attempt = move || async move {
            let loaded: Loaded<Tokens> = self.load(stream).await?;
            let command = TokenCommand::IssueToken {
                hash: hash.clone(),
                role: role.clone(),
                label: label.clone(),
                now: self.clock.now(),
            };
            let events = loaded.state.decide(command).map_err(rejected)?;
            Ok(Attempt {
                appends: vec![stream_append(stream.clone(), loaded.version, &events)?],
                value: token.clone(),
                guarded: None,
            })
        };
        self.execute(principal, None, attempt, |_| None).await
    }

    /// Revokes a token by its secret (administrator); it stops working at once.
    pub async fn revoke_token(&self, principal: &Principal, token: &str) -> AppResult<()> {
        let hash = crate::auth::hash_token(token.trim());
        self.administer::<Tokens>(principal, streams::tokens(), |now| {
            TokenCommand::RevokeToken {
                hash: hash.clone(),
                now,
            }
        })
        .await
    }

    /// Runs an administrator's command on one of the venue's streams (rooms, directory, rate
    /// card, missions, focal points).
    pub async fn administer<A>(
        &self,
        principal: &Principal,
        stream: StreamId,
        command: impl Fn(Timestamp) -> A::Command + Sync,
    ) -> AppResult<()>
    where
        A: Aggregate + Send + Sync + 'static,
        A::Event: DeserializeOwned + Serialize,
        A::Error: convene_domain::Rejection,
    {
        if !principal.is_admin() {
            return Err(UserError::forbidden("administer the venue").into());
        }
        let (stream, command) = (&stream, &command);
        let attempt = move || async move {
            let loaded: Loaded<A> = self.load(stream).await?;
            let events = loaded
                .state
                .decide(command(self.clock.now()))
                .map_err(rejected)?;
            if events.is_empty() {
                return Err(UserError::invalid("input", "nothing to change").into());
            }
            Ok(Attempt {
                appends: vec![stream_append(stream.clone(), loaded.version, &events)?],
                value: (),
                guarded: None,
            })
        };
        self.execute(principal, None, attempt, |_| Some(())).await
    }
}

/// A mission acting on another mission's line, or a unit on another unit's, learns nothing:
/// the line does not exist, in the same words as an id that names nothing.
fn hide_line(error: UserError) -> UserError {
    if error.code == crate::UserCode::Rule(convene_domain::ErrorCode::NotFound) {
        UserError::not_found("serviceLineId")
    } else {
        error
    }
}

/// The appends of a booking decision: the request's events, then each schedule's, each with
/// the version it was read at.
fn booking_appends(
    stream: &StreamId,
    version: u64,
    decision: &booking::BookingEvents,
    schedules: &[Loaded<RoomSchedule>],
) -> AppResult<Vec<StreamAppend>> {
    let mut appends = vec![stream_append(stream.clone(), version, &decision.request)?];
    for ((key, events), schedule) in decision.schedules.iter().zip(schedules) {
        appends.push(stream_append(
            streams::schedule(key),
            schedule.version,
            events,
        )?);
    }
    Ok(appends)
}
