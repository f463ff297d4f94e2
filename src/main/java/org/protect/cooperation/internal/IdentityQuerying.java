package org.protect.cooperation.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.codec.binary.Base32;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.CaseSharing;
import org.protect.cases.SharingRefusedException;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.IdentityQuerySummary;
import org.protect.cooperation.MessageReceived;
import org.protect.cooperation.PartnerStatus;
import org.protect.cooperation.RequestDirection;
import org.protect.cooperation.SendMessageCommand;
import org.protect.identity.Clk;
import org.protect.identity.ClkEncoder;
import org.protect.identity.ClkMatch;
import org.protect.identity.PersonRecord;
import org.protect.identity.PrivacyPreservingMatcher;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NodeProperties;
import org.protect.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Do you know this child?" between partner nodes, revealing nothing about children who do not match.
 * The asking node encodes the child's names (with sex, nationality and year of birth) as CLKs under the
 * secret only the two nodes can derive ({@link LinkageSecrets}) and sends the encodings alone. The answering
 * node encodes its own register under the same secret, compares by Dice coefficient, and answers "possible
 * match" with a reference per matching case (its central authority resolves them) or "no match": no name, no
 * date, nothing about the others. Answering runs in the background, in a transaction per query, so a
 * node killed halfway answers after its restart; the answer goes through the outbox like every message.
 */
@Component
public class IdentityQuerying {

	private static final Logger log = LoggerFactory.getLogger(IdentityQuerying.class);

	static final String LEGAL_BASIS = "Hague 1996 art. 31(c)";

	private static final String PURPOSE = "IDENTITY_QUERY";

	/** Cases reported per answer: more would say more about a register than a query needs. */
	private static final int MAX_MATCHES = 10;

	private final IdentityQueryRepository queries;

	private final PartnerRepository partners;

	private final InboxRepository inbox;

	private final Outbox outbox;

	private final LinkageSecrets secrets;

	private final CaseSharing sharing;

	private final AuditLog audit;

	private final JsonMapper json;

	private final NodeProperties node;

	private final double threshold;

	private final TransactionTemplate inTransaction;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock = Clock.systemUTC();

	IdentityQuerying(IdentityQueryRepository queries, PartnerRepository partners, InboxRepository inbox, Outbox outbox,
			LinkageSecrets secrets, CaseSharing sharing, AuditLog audit, JsonMapper json, NodeProperties node,
			Environment environment, PlatformTransactionManager transactions) {
		this.queries = queries;
		this.partners = partners;
		this.inbox = inbox;
		this.outbox = outbox;
		this.secrets = secrets;
		this.sharing = sharing;
		this.audit = audit;
		this.json = json;
		this.node = node;
		this.threshold = environment.getProperty("protect.cooperation.identity-query.threshold", Double.class, 0.85);
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * The names as given and, while there is room, each with its parts the other way round: given and family
	 * names are swapped between registrations more often than they are misspelt, and a CLK of one order does
	 * not resemble the other's.
	 */
	static List<PersonRecord> withSwappedNames(List<PersonRecord> names) {
		List<PersonRecord> all = new ArrayList<>(names);
		for (PersonRecord name : names) {
			if (all.size() >= IdentityQueryMessageTypes.MAX_ENCODINGS) {
				break;
			}
			if (name.givenName() != null && name.surname() != null) {
				all.add(new PersonRecord(name.id() + "~", name.surname(), name.givenName(), name.birthDate(), name.sex(),
						name.nationality(), name.address()));
			}
		}
		return all;
	}

	/** Sends a query about a case to each partner named; the caller holds the transaction. */
	public List<UUID> ask(UUID caseId, List<UUID> partnerNodeIds) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (caseId == null) {
			problems.add("caseId", "validation.required");
		}
		Set<UUID> chosen = new LinkedHashSet<>(partnerNodeIds == null ? List.of() : partnerNodeIds);
		chosen.remove(null);
		List<Partner> to = new ArrayList<>();
		for (UUID id : chosen) {
			partners.find(id).filter(p -> p.status() == PartnerStatus.ACTIVE).ifPresent(to::add);
		}
		if (chosen.isEmpty()) {
			problems.add("partnerNodeIds", "cooperation.identityQuery.choosePartner");
		}
		else if (to.size() != chosen.size()) {
			problems.add("partnerNodeIds", "cooperation.partner.notFound");
		}
		problems.throwIfAny();
		List<PersonRecord> child;
		try {
			child = sharing.identityForQuery(caseId, PURPOSE);
		}
		catch (SharingRefusedException ex) {
			throw new CooperationRefusedException(422, ex.code());
		}
		if (child.isEmpty()) {
			throw new InvalidInputException(
					List.of(new InvalidInputException.FieldProblem("caseId", "cooperation.identityQuery.noName")));
		}
		child = withSwappedNames(child);
		List<UUID> ids = new ArrayList<>();
		Instant now = now();
		String by = Actors.current();
		for (Partner partner : to) {
			LinkageSecrets.Derived secret = secrets.current(partner);
			ObjectNode payload = json.createObjectNode();
			payload.put("senderKey", secret.ourKid());
			payload.put("recipientKey", secret.theirKid());
			var encodings = payload.putArray("encodings");
			new ClkEncoder(secret.secret()).encodeAll(child)
				.forEach(clk -> encodings.add(IdentityQueryMessageTypes.encode(clk.bits())));
			UUID conversationId = UUID.randomUUID();
			UUID messageId = outbox.send(new SendMessageCommand(partner.nodeId(), IdentityQueryMessageTypes.QUERY,
					conversationId, null, LEGAL_BASIS, payload));
			UUID id = UUID.randomUUID();
			queries.insert(id, conversationId, RequestDirection.OUTGOING, partner.nodeId(), caseId, messageId, "SENT",
					now, by);
			audit.record(AuditEvent.success("COOPERATION_IDENTITY_QUERY_SENT", RequestSending.RECORD_TYPE, id)
				.withDetails("case " + caseId + " to " + partner.nodeId() + ", " + child.size() + " encodings"));
			ids.add(id);
		}
		return ids;
	}

	@EventListener
	void received(MessageReceived message) {
		if (IdentityQueryMessageTypes.QUERY.equals(message.type())) {
			queried(message);
		}
		else if (IdentityQueryMessageTypes.ANSWER.equals(message.type())) {
			answered(message);
		}
	}

	/** A partner's query waits for the background answer; stored in the inbox's transaction. */
	private void queried(MessageReceived message) {
		String actor = "node:" + message.senderNode();
		if (queries.lockByConversation(message.conversationId()).isPresent()) {
			mismatch(message, "conversation already open");
			return;
		}
		UUID id = UUID.randomUUID();
		queries.insert(id, message.conversationId(), RequestDirection.INCOMING, message.senderNode(), null,
				message.messageId(), "RECEIVED", now(), actor);
		audit.record(AuditEvent.success("COOPERATION_IDENTITY_QUERY_RECEIVED", RequestSending.RECORD_TYPE, id)
			.withDetails("from " + message.senderNode())
			.by(actor));
	}

	/** The partner's answer to one of this node's queries; the case's timeline records it. */
	private void answered(MessageReceived message) {
		String actor = "node:" + message.senderNode();
		IdentityQueryRepository.Row row = queries.lockByConversation(message.conversationId()).orElse(null);
		if (row == null || row.direction() != RequestDirection.OUTGOING || !row.partnerNode().equals(message.senderNode())
				|| !row.state().equals("SENT")) {
			mismatch(message, "answer to no open query of this node sent to that partner");
			return;
		}
		JsonNode payload = json.readTree(message.payload());
		String outcome = payload.path("outcome").asString();
		List<String> references = new ArrayList<>();
		payload.path("references").forEach(reference -> references.add(reference.asString()));
		queries.answered(row.id(), "ANSWERED", outcome, references, now());
		audit.record(AuditEvent.success("COOPERATION_IDENTITY_QUERY_ANSWER_RECEIVED", RequestSending.RECORD_TYPE, row.id())
			.withDetails(outcome + " " + references)
			.by(actor));
		sharing.recordCooperationStep(row.caseId(),
				outcome.equals("POSSIBLE_MATCH") ? "IDENTITY_QUERY_POSSIBLE_MATCH" : "IDENTITY_QUERY_NO_MATCH",
				"partner " + row.partnerNode() + (references.isEmpty() ? "" : ", references " + String.join(", ", references)),
				actor);
	}

	/** Answers the queries received, one transaction each. */
	@Scheduled(fixedDelayString = "${protect.cooperation.dispatch-interval:5s}",
			initialDelayString = "${protect.cooperation.dispatch-interval:5s}")
	void answerReceived() {
		for (int i = 0; i < 20; i++) {
			Boolean more = inTransaction.execute(tx -> queries.claimReceived().map(this::answer).orElse(false));
			if (!Boolean.TRUE.equals(more)) {
				return;
			}
		}
	}

	private boolean answer(IdentityQueryRepository.Row row) {
		String actor = "node:" + row.partnerNode();
		Partner partner = partners.find(row.partnerNode()).orElse(null);
		JsonNode payload = inbox.payload(row.messageId()).map(json::readTree).orElse(null);
		byte[] secret = partner == null || payload == null ? null
				: secrets.forQuery(partner, payload.path("senderKey").asString(null),
						payload.path("recipientKey").asString(null));
		if (secret == null) {
			// Keys retired beyond their retention, or a partner removed: nothing can be compared.
			queries.answered(row.id(), "UNANSWERABLE", null, List.of(), now());
			audit.record(new AuditEvent("COOPERATION_IDENTITY_QUERY_UNANSWERABLE", RequestSending.RECORD_TYPE,
					row.id().toString(), AuditOutcome.FAILURE, "the query's keys are not known here", actor));
			log.warn("Identity query {} from {} names keys this node does not have", row.id(), row.partnerNode());
			return true;
		}
		List<Clk> asked = new ArrayList<>();
		int n = 0;
		for (JsonNode encoding : payload.path("encodings")) {
			asked.add(Clk.of("q" + n++, IdentityQueryMessageTypes.decode(encoding)));
		}
		ClkEncoder encoder = new ClkEncoder(secret);
		Map<String, CaseSharing.RegisteredChild> byRecord = new HashMap<>();
		List<PersonRecord> records = new ArrayList<>();
		for (CaseSharing.RegisteredChild child : sharing.identityRegister(PURPOSE + " from " + row.partnerNode(), actor)) {
			for (PersonRecord name : child.names()) {
				byRecord.put(name.id(), child);
				records.add(name);
			}
		}
		Map<UUID, Double> best = new HashMap<>();
		Map<UUID, CaseSharing.RegisteredChild> children = new HashMap<>();
		for (ClkMatch match : new PrivacyPreservingMatcher(threshold).link(asked, encoder.encodeAll(records))) {
			CaseSharing.RegisteredChild child = byRecord.get(match.rightId());
			children.put(child.caseId(), child);
			best.merge(child.caseId(), match.dice(), Math::max);
		}
		List<UUID> matched = best.keySet()
			.stream()
			.sorted((a, b) -> Double.compare(best.get(b), best.get(a)))
			.limit(MAX_MATCHES)
			.toList();
		Instant now = now();
		List<String> references = new ArrayList<>();
		for (UUID caseId : matched) {
			String reference = reference();
			references.add(reference);
			queries.insertMatch(reference, row.id(), caseId, children.get(caseId).caseNumber(), best.get(caseId), now);
			// The team learns that another country may know their child, and whom to ask.
			sharing.recordCooperationStep(caseId, "IDENTITY_QUERY_MATCHED",
					"reference " + reference + ", partner " + row.partnerNode(), actor);
		}
		String outcome = references.isEmpty() ? "NO_MATCH" : "POSSIBLE_MATCH";
		ObjectNode answer = json.createObjectNode();
		answer.put("outcome", outcome);
		var list = answer.putArray("references");
		references.forEach(list::add);
		outbox.send(new SendMessageCommand(row.partnerNode(), IdentityQueryMessageTypes.ANSWER, row.conversationId(),
				row.messageId(), LEGAL_BASIS, answer));
		queries.answered(row.id(), "ANSWERED", outcome, references, now);
		audit.record(AuditEvent.success("COOPERATION_IDENTITY_QUERY_ANSWERED", RequestSending.RECORD_TYPE, row.id())
			.withDetails(outcome + " " + references.size() + " of " + best.size() + " cases above " + threshold)
			.by(actor));
		return true;
	}

	public List<IdentityQuerySummary> ofCase(UUID caseId) {
		sharing.requireTeam(caseId);
		return summaries(queries.ofCase(caseId), false);
	}

	public List<IdentityQuerySummary> incoming() {
		audit.record(AuditEvent.success("COOPERATION_IDENTITY_QUERIES_READ", RequestSending.RECORD_TYPE, null));
		return summaries(queries.incoming(200), true);
	}

	/**
	 * The queries just asked about a case ({@link #ask}, which checked that the asker is on its team): read
	 * without checking and auditing a second time.
	 */
	public List<IdentityQuerySummary> summaries(List<UUID> ids, UUID caseId) {
		return summaries(queries.ofCase(caseId).stream().filter(row -> ids.contains(row.id())).toList(), false);
	}

	private List<IdentityQuerySummary> summaries(List<IdentityQueryRepository.Row> rows, boolean withMatches) {
		Map<UUID, String> names = new HashMap<>();
		partners.all().forEach(p -> names.put(p.nodeId(), p.label()));
		return rows.stream()
			.map(row -> new IdentityQuerySummary(row.id(), row.conversationId(), row.direction(), row.partnerNode(),
					names.get(row.partnerNode()), row.caseId(), row.state(), row.outcome(), row.references(),
					withMatches ? queries.matches(row.id()) : List.of(), row.createdAt(), row.createdBy(),
					row.answeredAt()))
			.toList();
	}

	private String reference() {
		byte[] bytes = new byte[5];
		random.nextBytes(bytes);
		return node.country() + "-IQ-" + new Base32().encodeAsString(bytes);
	}

	private void mismatch(MessageReceived message, String why) {
		log.warn("Message {} ({}) fits no identity query: {}", message.messageId(), message.type(), why);
		audit.record(new AuditEvent("COOPERATION_IDENTITY_QUERY_MISMATCH", Inbox.RECORD_TYPE,
				message.messageId().toString(), AuditOutcome.FAILURE, message.type() + ": " + why,
				"node:" + message.senderNode()));
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
