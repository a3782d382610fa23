using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CodeAssure.Attestation.Keys;
using CodeAssure.TestSupport;

namespace CodeAssure.Attestation.Tests;

public sealed class AttestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("attest-cli-").FullName;

    // The CLI reads the real clock: attestations here are issued now and valid for a year.
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Verifies_a_valid_attestation_with_a_key_file_and_prints_the_principles()
    {
        using var key = SigningKey.Generate(Now.AddDays(-1));
        var attestation = Write("a.json", Samples.Signed(key, Samples.Predicate(Now.AddMinutes(-5))));
        var keys = Write("jwks.json", Samples.KeySet(key.Public).ToJson());

        var result = await CliRunner.RunAsync("attest", "verify", attestation, "--key", keys);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("verdict: valid", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^1\.1\s+1\s+1\s+0\s+0\s*$", result.Out);
    }

    [Fact]
    public async Task A_tampered_attestation_exits_1_with_the_reason_in_json()
    {
        using var key = SigningKey.Generate(Now.AddDays(-1));
        var signed = Samples.Signed(key, Samples.Predicate(Now.AddMinutes(-5)));
        var envelope = Dsse.DsseEnvelope.Parse(signed);
        var payload = envelope.Payload.ToArray();
        payload[40] ^= 1;
        var attestation = Write("a.json", new Dsse.DsseEnvelope(envelope.PayloadType, payload, envelope.Signatures).ToJson());
        var keys = Write("jwks.json", Samples.KeySet(key.Public).ToJson());

        var result = await CliRunner.RunAsync("attest", "verify", attestation, "--key", keys, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("invalid", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("signature-invalid", json.RootElement.GetProperty("failure").GetString());
    }

    [Fact]
    public async Task A_bundle_with_a_tampered_evidence_file_exits_1_naming_the_file()
    {
        using var key = SigningKey.Generate(Now.AddDays(-1));
        var keys = Samples.KeySet(key.Public);
        var evidence = (byte[])Samples.EvidenceFile.Clone();
        evidence[0] ^= 1;
        var bundle = Write("b.zip", Samples.Zip(Samples.Bundle(Samples.Signed(key, Samples.Predicate(Now.AddMinutes(-5))), keys, evidence)));
        var keyFile = Write("jwks.json", keys.ToJson());

        var result = await CliRunner.RunAsync("attest", "verify", bundle, "--key", keyFile);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("evidence/file-1-minutes.pdf", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bundle_verifies_offline_with_its_own_keys_and_warns_about_it()
    {
        using var key = SigningKey.Generate(Now.AddDays(-1));
        var bundle = Write("b.zip", Samples.Zip(Samples.Bundle(Samples.Signed(key, Samples.Predicate(Now.AddMinutes(-5))), Samples.KeySet(key.Public))));

        var result = await CliRunner.RunAsync("attest", "verify", bundle);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("3 file digests match", result.Out, StringComparison.Ordinal);
        Assert.Contains("trusting the keys inside the bundle", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_issuer_is_an_invalid_verdict_not_a_crash()
    {
        using var key = SigningKey.Generate(Now.AddDays(-1));
        var attestation = Write("a.json", Samples.Signed(key, Samples.Predicate(Now.AddMinutes(-5))));
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var result = await CliRunner.RunAsync("attest", "verify", attestation, "--issuer", $"http://127.0.0.1:{port}/trust/acme");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot fetch the issuer's keys", result.Out, StringComparison.Ordinal);
        Assert.Contains("unreachable", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetches_the_issuers_keys_from_its_well_known_address()
    {
        using var key = SigningKey.Generate(Now.AddDays(-1));
        var attestation = Write("a.json", Samples.Signed(key, Samples.Predicate(Now.AddMinutes(-5))));
        await using var server = LocalHttpServer.Start(new Dictionary<string, LocalHttpServer.Response>
        {
            ["/trust/acme/.well-known/jwks.json"] = new(Samples.KeySet(key.Public).ToJson(), "application/jwk-set+json"),
        });

        var result = await CliRunner.RunAsync("attest", "verify", attestation, "--issuer", server.Url("/trust/acme"));

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
    }

    [Theory]
    [InlineData("--issuer", "http://example.test/trust/acme", "https")]
    [InlineData("--issuer", "not a url", "not an absolute")]
    [InlineData("--key", "/nonexistent/jwks.json", "file not found")]
    public async Task Usage_mistakes_exit_2_with_one_line(string option, string value, string message)
    {
        using var key = SigningKey.Generate(Now.AddDays(-1));
        var attestation = Write("a.json", Samples.Signed(key, Samples.Predicate(Now.AddMinutes(-5))));

        var result = await CliRunner.RunAsync("attest", "verify", attestation, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_keys_a_lone_attestation_is_a_usage_error()
    {
        using var key = SigningKey.Generate(Now.AddDays(-1));
        var attestation = Write("a.json", Samples.Signed(key, Samples.Predicate(Now.AddMinutes(-5))));

        var result = await CliRunner.RunAsync("attest", "verify", attestation);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--key", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_input_gets_a_verdict_not_a_crash()
    {
        var attestation = Write("a.json", [0xFF, 0xFE, 0x00, 0x7B]);
        using var key = SigningKey.Generate(Now.AddDays(-1));
        var keys = Write("jwks.json", Samples.KeySet(key.Public).ToJson());
        var badKeys = Write("bad.json", "{\"keys\":[{\"kty\":\"EC\"}]}"u8.ToArray());

        var garbage = await CliRunner.RunAsync("attest", "verify", attestation, "--key", keys);
        var unusableKeys = await CliRunner.RunAsync("attest", "verify", attestation, "--key", badKeys);

        Assert.Equal(1, garbage.ExitCode);
        Assert.Contains("invalid (malformed)", garbage.Out, StringComparison.Ordinal);
        Assert.Equal(1, unusableKeys.ExitCode);
        Assert.Contains("key set is unusable", unusableKeys.Out, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
