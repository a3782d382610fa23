using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodeAssure.Attestation.Bundles;
using CodeAssure.Attestation.Dsse;
using CodeAssure.Attestation.Keys;
using CodeAssure.Attestation.Verification;

namespace CodeAssure.Attestation.Tests;

public sealed class VerifierTests
{
    [Fact]
    public void Verifies_a_freshly_signed_attestation_and_summarises_per_principle()
    {
        using var key = Samples.Key();
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock());

        var verdict = verifier.Verify(Samples.Signed(key));

        Assert.True(verdict.IsValid, verdict.Reason);
        Assert.Equal(key.KeyId, verdict.KeyId);
        Assert.Equal(1, verdict.Sequence);
        Assert.Equal(Samples.SignedAt, verdict.IssuedAt);
        Assert.Equal(["1.1", "1.10", "2.1", "4.3"], verdict.Principles.Select(p => p.Principle));
        Assert.Equal(new PrincipleSummary("1.1", 1, 1, 0, 0), verdict.Principles[0]);
        Assert.Equal(new PrincipleSummary("4.3", 0, 0, 0, 1), verdict.Principles[3]);
    }

    [Fact]
    public void Pre_authentication_encoding_is_exactly_the_DSSE_v1_form()
    {
        var pae = PreAuthenticationEncoding.Encode("http://example.com/HelloWorld", Encoding.UTF8.GetBytes("hello world"));

        // The DSSE specification's own example.
        Assert.Equal("DSSEv1 29 http://example.com/HelloWorld 11 hello world", Encoding.UTF8.GetString(pae));
    }

    [Fact]
    public void Flipping_any_bit_of_the_payload_or_the_signature_fails_with_a_reason()
    {
        using var key = Samples.Key();
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock());
        var envelope = DsseEnvelope.Parse(Samples.Signed(key));
        var payload = envelope.Payload.ToArray();
        var signature = envelope.Signatures[0].Signature.ToArray();
        var accepted = new List<string>();

        for (var i = 0; i < payload.Length; i++)
        {
            var changed = (byte[])payload.Clone();
            changed[i] ^= 0x01;
            var verdict = verifier.Verify(new DsseEnvelope(envelope.PayloadType, changed, envelope.Signatures).ToJson());
            if (verdict.IsValid || verdict.Failure != VerificationFailure.SignatureInvalid || verdict.Reason.Length == 0)
            {
                accepted.Add($"payload[{i}]: {verdict.Failure}");
            }
        }

        for (var i = 0; i < signature.Length; i++)
        {
            var changed = (byte[])signature.Clone();
            changed[i] ^= 0x80;
            var verdict = verifier.Verify(new DsseEnvelope(envelope.PayloadType, payload, [new DsseSignature(key.KeyId, changed)]).ToJson());
            if (verdict.IsValid)
            {
                accepted.Add($"sig[{i}]");
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void Changing_any_character_of_the_envelope_text_never_verifies()
    {
        using var key = Samples.Key();
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock());
        var json = Samples.Signed(key);
        var accepted = new List<int>();

        // Every position, replaced by a character that keeps base64 and JSON plausible.
        for (var i = 0; i < json.Length; i++)
        {
            var changed = (byte[])json.Clone();
            changed[i] = changed[i] == (byte)'A' ? (byte)'B' : (byte)'A';
            var verdict = verifier.Verify(changed);
            Assert.False(string.IsNullOrWhiteSpace(verdict.Reason));
            if (verdict.IsValid)
            {
                accepted.Add(i);
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void A_retired_key_still_verifies_attestations_it_signed_while_active()
    {
        using var old = Samples.Key(Samples.SignedAt.AddYears(-1));
        var signed = Samples.Signed(old);
        using var next = Samples.Key(Samples.SignedAt.AddDays(10));
        var keys = Samples.KeySet(old.Public.RetiredAs(Samples.SignedAt.AddDays(10)), next.Public);
        using var verifier = new AttestationVerifier(JsonWebKeySet.Parse(keys.ToJson()), Samples.Clock());

        var verdict = verifier.Verify(signed);

        Assert.True(verdict.IsValid, verdict.Reason);
        Assert.Equal(old.KeyId, verdict.KeyId);
    }

    [Fact]
    public void Refuses_an_attestation_issued_after_its_key_was_retired()
    {
        using var old = Samples.Key(Samples.SignedAt.AddYears(-1));
        var keys = Samples.KeySet(old.Public.RetiredAs(Samples.SignedAt.AddDays(-1)));
        using var verifier = new AttestationVerifier(keys, Samples.Clock());

        var verdict = verifier.Verify(Samples.Signed(old));

        Assert.Equal(VerificationFailure.KeyNotValidAtSigningTime, verdict.Failure);
        Assert.Contains(old.KeyId, verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_attestation_signed_before_its_key_was_activated()
    {
        using var key = Samples.Key(Samples.SignedAt.AddDays(1));
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock());

        Assert.Equal(VerificationFailure.KeyNotValidAtSigningTime, verifier.Verify(Samples.Signed(key)).Failure);
    }

    [Fact]
    public void Refuses_an_attestation_signed_by_another_organisations_key()
    {
        using var ours = Samples.Key();
        using var theirs = Samples.Key();
        using var verifier = new AttestationVerifier(Samples.KeySet(ours.Public), Samples.Clock());
        var forged = Samples.Signed(theirs);

        var unknown = verifier.Verify(forged);
        // The same signature claiming our key id.
        var relabelled = DsseEnvelope.Parse(forged);
        var claimed = verifier.Verify(new DsseEnvelope(relabelled.PayloadType, relabelled.Payload.Span, [new DsseSignature(ours.KeyId, relabelled.Signatures[0].Signature.Span)]).ToJson());

        Assert.Equal(VerificationFailure.UnknownKey, unknown.Failure);
        Assert.Contains(theirs.KeyId, unknown.Reason, StringComparison.Ordinal);
        Assert.Equal(VerificationFailure.SignatureInvalid, claimed.Failure);
    }

    [Theory]
    [InlineData(400, VerificationFailure.Expired)]
    [InlineData(-1, VerificationFailure.NotYetValid)]
    public void Refuses_outside_the_validity_period(int daysAfterSigning, VerificationFailure expected)
    {
        using var key = Samples.Key(Samples.SignedAt.AddYears(-1));
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock(Samples.SignedAt.AddDays(daysAfterSigning)));

        var verdict = verifier.Verify(Samples.Signed(key));

        Assert.Equal(expected, verdict.Failure);
        Assert.NotNull(verdict.Predicate);
    }

    [Fact]
    public void Reports_an_older_attestation_for_a_known_subject_as_superseded()
    {
        using var key = Samples.Key(Samples.SignedAt.AddYears(-1));
        var older = Samples.Signed(key, Samples.Predicate(Samples.SignedAt.AddDays(-20), version: 1));
        var newer = Samples.Signed(key, Samples.Predicate(Samples.SignedAt, version: 2));
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock())
        {
            LatestKnownIssue = new Dictionary<string, DateTimeOffset> { ["payroll@2.4.0"] = Samples.SignedAt },
        };

        var replayed = verifier.Verify(older);
        var current = verifier.Verify(newer);

        Assert.Equal(VerificationFailure.Superseded, replayed.Failure);
        Assert.Equal(1, replayed.Sequence);
        Assert.True(current.IsValid, current.Reason);
        Assert.Equal(2, current.Sequence);
    }

    [Theory]
    [InlineData("", VerificationFailure.Malformed)]
    [InlineData("{", VerificationFailure.Malformed)]
    [InlineData("[]", VerificationFailure.Malformed)]
    [InlineData("{\"payloadType\":\"application/vnd.in-toto+json\"}", VerificationFailure.Malformed)]
    [InlineData("{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\"}", VerificationFailure.Malformed)]
    [InlineData("{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"%%%\",\"signatures\":[]}", VerificationFailure.BadBase64)]
    [InlineData("{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30 =\",\"signatures\":[]}", VerificationFailure.BadBase64)]
    [InlineData("{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\",\"signatures\":[]}", VerificationFailure.NoSignature)]
    [InlineData("{\"payloadType\":\"text/plain\",\"payload\":\"e30=\",\"signatures\":[{\"keyid\":\"k\",\"sig\":\"AA==\"}]}", VerificationFailure.WrongPayloadType)]
    [InlineData("{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\",\"signatures\":[{\"keyid\":\"k\",\"sig\":\"AA==\"}]}", VerificationFailure.UnknownKey)]
    [InlineData("{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\",\"signatures\":[{\"keyid\":7,\"sig\":\"AA==\"}]}", VerificationFailure.Malformed)]
    public void Malformed_envelopes_give_a_precise_verdict(string json, VerificationFailure expected)
    {
        using var key = Samples.Key();
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock());

        var verdict = verifier.Verify(Encoding.UTF8.GetBytes(json));

        Assert.Equal(expected, verdict.Failure);
        Assert.False(string.IsNullOrWhiteSpace(verdict.Reason));
    }

    [Fact]
    public void Truncated_attestations_never_verify()
    {
        using var key = Samples.Key();
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock());
        var json = Samples.Signed(key);

        for (var length = 0; length < json.Length; length += 7)
        {
            Assert.Equal(VerificationFailure.Malformed, verifier.Verify(json.AsSpan(0, length)).Failure);
        }
    }

    [Fact]
    public void Refuses_an_oversized_attestation_before_parsing_it()
    {
        using var key = Samples.Key();
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock());
        var huge = new byte[AttestationVerifier.MaxEnvelopeBytes + 1];
        huge.AsSpan().Fill((byte)'[');

        var verdict = verifier.Verify(huge);

        Assert.Equal(VerificationFailure.Oversized, verdict.Failure);
    }

    [Fact]
    public void Refuses_a_signed_statement_with_another_predicate_type()
    {
        using var key = Samples.Key();
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock());
        var statement = new InToto.InTotoStatement([new InToto.StatementSubject("x", new string('a', 64))], "https://slsa.dev/provenance/v1", JsonDocument.Parse("{}").RootElement);

        var verdict = verifier.Verify(EnvelopeSigner.Sign(statement, key).ToJson());

        Assert.Equal(VerificationFailure.WrongPredicateType, verdict.Failure);
    }

    [Fact]
    public void Refuses_a_signed_predicate_missing_a_required_field()
    {
        using var key = Samples.Key();
        using var verifier = new AttestationVerifier(Samples.KeySet(key.Public), Samples.Clock());
        var predicate = JsonNode.Parse(Samples.Predicate().ToJsonElement().GetRawText())!.AsObject();
        predicate.Remove("signOff");
        var statement = new InToto.InTotoStatement([new InToto.StatementSubject("x", new string('a', 64))], Predicate.SelfAssessmentPredicate.PredicateType, JsonSerializer.SerializeToElement(predicate));

        var verdict = verifier.Verify(EnvelopeSigner.Sign(statement, key).ToJson());

        Assert.Equal(VerificationFailure.Malformed, verdict.Failure);
        Assert.Contains("signOff", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_with_untouched_files_verifies_every_digest()
    {
        using var key = Samples.Key();
        var keys = Samples.KeySet(key.Public);
        var zip = Samples.Zip(Samples.Bundle(Samples.Signed(key), keys));
        using var verifier = new AttestationVerifier(keys, Samples.Clock());

        var verdict = verifier.Verify(AttestationBundle.Read(new MemoryStream(zip)));

        Assert.True(verdict.IsValid, verdict.Reason);
        Assert.Equal(3, verdict.DigestsChecked);
    }

    [Fact]
    public void Tampering_with_any_byte_of_an_evidence_file_fails_naming_the_file()
    {
        using var key = Samples.Key();
        var keys = Samples.KeySet(key.Public);
        var envelope = Samples.Signed(key);
        using var verifier = new AttestationVerifier(keys, Samples.Clock());

        for (var i = 0; i < Samples.EvidenceFile.Length; i++)
        {
            var evidence = (byte[])Samples.EvidenceFile.Clone();
            evidence[i] ^= 0x20;
            var zip = Samples.Zip(Samples.Bundle(envelope, keys, evidence: evidence));

            var verdict = verifier.Verify(AttestationBundle.Read(new MemoryStream(zip)));

            Assert.Equal(VerificationFailure.EvidenceDigestMismatch, verdict.Failure);
            Assert.Contains("evidence/file-1-minutes.pdf", verdict.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_bundle_with_a_different_SBOM_fails_on_the_subject_digest()
    {
        using var key = Samples.Key();
        var keys = Samples.KeySet(key.Public);
        var zip = Samples.Zip(Samples.Bundle(Samples.Signed(key), keys, sbom: Encoding.UTF8.GetBytes("{}")));
        using var verifier = new AttestationVerifier(keys, Samples.Clock());

        Assert.Equal(VerificationFailure.SubjectDigestMismatch, verifier.Verify(AttestationBundle.Read(new MemoryStream(zip))).Failure);
    }

    [Fact]
    public void A_bundle_missing_a_signed_evidence_file_is_refused()
    {
        using var key = Samples.Key();
        var keys = Samples.KeySet(key.Public);
        var bundle = new AttestationBundle(Samples.Signed(key), keys.ToJson(), [new BundleFile("evidence-bundles/b-1.json", BundleFileRole.EvidenceBundle, "b-1", Samples.EvidenceBundle)]);
        using var verifier = new AttestationVerifier(keys, Samples.Clock());

        var verdict = verifier.Verify(AttestationBundle.Read(new MemoryStream(Samples.Zip(bundle))));

        Assert.Equal(VerificationFailure.EvidenceMissing, verdict.Failure);
        Assert.Contains("file-1", verdict.Reason, StringComparison.Ordinal);
    }
}
