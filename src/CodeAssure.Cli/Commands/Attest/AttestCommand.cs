using System.CommandLine;
using CodeAssure.Attestation.Bundles;
using CodeAssure.Attestation.Keys;
using CodeAssure.Attestation.Verification;
using CodeAssure.Cli.Output;

namespace CodeAssure.Cli.Commands.Attest;

/// <summary><c>codeassure attest verify</c>: checks a signed self-assessment attestation (docs/attestations.md).</summary>
internal static class AttestCommand
{
    /// <summary>The largest bundle read from a file or URL.</summary>
    private const long MaxBundleBytes = AttestationBundle.MaxTotalBytes;

    public static Command Create(CliContext context) =>
        new("attest", "Signed self-assessment attestations (in-toto Statement v1 in a DSSE envelope).") { CreateVerify(context) };

    private static Command CreateVerify(CliContext context)
    {
        var inputArgument = new Argument<string>("attestation")
        {
            Description = "The attestation (DSSE envelope JSON) or an exported bundle zip: a file path or an https URL.",
        };
        var keyOption = new Option<string?>("--key") { Description = "Trust the keys in this JWK Set or JWK file.", HelpName = "file" };
        var issuerOption = new Option<string?>("--issuer")
        {
            Description = "Trust the keys the issuer publishes at {issuer}/.well-known/jwks.json, e.g. https://host/trust/acme.",
            HelpName = "url",
        };
        var bundleOption = new Option<string?>("--bundle") { Description = "Also check every evidence file and SBOM in this exported bundle zip.", HelpName = "zip" };
        var formatOption = new Option<string>("--format", "-f") { Description = "Output format: text, json.", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        formatOption.AcceptOnlyFromAmong("text", "json");
        var verify = new Command("verify", "Verify an attestation: signature, key validity at signing time, validity period and, with a bundle, every evidence digest. Exit 0 valid, 1 invalid, 2 usage.")
        {
            inputArgument, keyOption, issuerOption, bundleOption, formatOption,
        };
        verify.SetAction(async (parseResult, ct) =>
        {
            var key = parseResult.GetValue(keyOption);
            var issuer = parseResult.GetValue(issuerOption);
            if (key is not null && issuer is not null)
            {
                throw new UsageException("give --key or --issuer, not both");
            }

            var json = parseResult.GetValue(formatOption) == "json";
            using var fetcher = new RemoteDocumentFetcher();
            var issuerUrl = issuer is null ? null : ParseUrl(issuer, "--issuer");
            var (verdict, keySource) = await VerifyAsync(context, fetcher, parseResult.GetValue(inputArgument)!, parseResult.GetValue(bundleOption), key, issuerUrl, ct).ConfigureAwait(false);
            if (keySource is not null)
            {
                await context.Error.WriteLineAsync($"codeassure: {keySource}").ConfigureAwait(false);
            }

            if (json)
            {
                await Json.WriteAsync(context.Out, VerificationReport.From(verdict)).ConfigureAwait(false);
            }
            else
            {
                await VerificationReport.WriteTextAsync(context.Out, verdict).ConfigureAwait(false);
            }

            return verdict.IsValid ? ExitCode.Success : ExitCode.Findings;
        });
        return verify;
    }

    /// <summary>The verdict and, when the keys came from the bundle itself, a warning saying so.</summary>
    private static async Task<(AttestationVerdict Verdict, string? Warning)> VerifyAsync(
        CliContext context, RemoteDocumentFetcher fetcher, string input, string? bundlePath, string? keyPath, Uri? issuer, CancellationToken ct)
    {
        byte[] main;
        byte[]? bundleBytes = null;
        try
        {
            main = await ReadInputAsync(fetcher, input, MaxBundleBytes, ct).ConfigureAwait(false);
            if (bundlePath is not null)
            {
                bundleBytes = await ReadInputAsync(fetcher, bundlePath, MaxBundleBytes, ct).ConfigureAwait(false);
            }
        }
        catch (RemoteFetchException e)
        {
            return (Refused(VerificationFailure.Malformed, "cannot fetch the attestation: " + e.Message), null);
        }

        AttestationBundle? bundle = null;
        if (IsZip(main) || bundleBytes is not null)
        {
            try
            {
                bundle = AttestationBundle.Read(new MemoryStream(bundleBytes ?? main));
            }
            catch (AttestationBundleException e)
            {
                return (Refused(VerificationFailure.BadBundle, "the bundle is unusable: " + e.Message), null);
            }

            if (bundleBytes is not null && !IsZip(main))
            {
                // The attestation given on its own must be the one the bundle's files are checked against.
                bundle = new AttestationBundle(main, bundle.KeySet.Span, bundle.Files);
            }
        }

        JsonWebKeySet keys;
        string? warning = null;
        try
        {
            if (keyPath is not null)
            {
                keys = JsonWebKeySet.Parse(await ReadLocalAsync(keyPath, JsonWebKeySet.MaxBytes, ct).ConfigureAwait(false));
            }
            else if (issuer is not null)
            {
                var jwksUrl = new Uri(issuer.AbsoluteUri.TrimEnd('/') + "/.well-known/jwks.json");
                keys = JsonWebKeySet.Parse(await fetcher.FetchAsync(jwksUrl, JsonWebKeySet.MaxBytes, ct).ConfigureAwait(false));
            }
            else if (bundle is { KeySet.IsEmpty: false })
            {
                keys = JsonWebKeySet.Parse(bundle.KeySet.Span);
                warning = "warning: trusting the keys inside the bundle; this proves the files are intact, not who signed them (use --issuer or --key)";
            }
            else
            {
                throw new UsageException("no keys to verify with: give --key <jwks file> or --issuer <https://host/trust/slug>");
            }
        }
        catch (RemoteFetchException e)
        {
            return (Refused(VerificationFailure.UnknownKey, "cannot fetch the issuer's keys: " + e.Message), null);
        }
        catch (JwkException e)
        {
            return (Refused(VerificationFailure.UnknownKey, "the key set is unusable: " + e.Message), null);
        }

        using var verifier = new AttestationVerifier(keys, context.Time);
        return (bundle is null ? verifier.Verify(main) : verifier.Verify(bundle), warning);
    }

    private static AttestationVerdict Refused(VerificationFailure failure, string reason) => new() { Failure = failure, Reason = reason };

    private static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    private static async Task<byte[]> ReadInputAsync(RemoteDocumentFetcher fetcher, string input, long maxBytes, CancellationToken ct)
    {
        if (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return await fetcher.FetchAsync(ParseUrl(input, "the attestation URL"), maxBytes, ct).ConfigureAwait(false);
        }

        return await ReadLocalAsync(input, maxBytes, ct).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadLocalAsync(string path, long maxBytes, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new UsageException(Directory.Exists(path) ? $"'{path}' is a directory, not a file" : $"file not found: {path}");
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        if (stream.Length > maxBytes)
        {
            // Oversized files still get a verdict (the verifier's own limit), read only up to one byte past it.
            maxBytes = Math.Min(maxBytes, AttestationVerifier.MaxEnvelopeBytes + 1L);
        }

        var buffer = new byte[Math.Min(stream.Length, maxBytes)];
        await stream.ReadExactlyAsync(buffer, ct).ConfigureAwait(false);
        return buffer;
    }

    private static Uri ParseUrl(string text, string what)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new UsageException($"{what} '{text}' is not an absolute https URL");
        }

        return RemoteDocumentFetcher.IsAllowed(url)
            ? url
            : throw new UsageException($"{what} must use https (plain http is allowed only for localhost): {text}");
    }
}
