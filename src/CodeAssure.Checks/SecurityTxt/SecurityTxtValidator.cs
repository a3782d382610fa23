using System.Globalization;

namespace CodeAssure.Checks.SecurityTxt;

/// <summary>
/// Validates a security.txt file against RFC 9116 at a given moment: the bytes (UTF-8, CRLF or LF), the optional
/// OpenPGP cleartext signature framing (not the signature itself), the line grammar, every registered field, and —
/// when the file was fetched — https, the Content-Type and the Canonical fields.
/// </summary>
public static class SecurityTxtValidator
{
    /// <summary>The most bytes read from a file or a response (64 KiB); anything longer is reported and cut.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Validates the file as it is at the time the time provider gives.</summary>
    public static SecurityTxtValidationResult Validate(ReadOnlySpan<byte> content, TimeProvider time, SecurityTxtRetrieval? retrieval = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Validate(content, time.GetUtcNow(), retrieval);
    }

    /// <summary>Validates the file as it is at <paramref name="at"/> (which decides whether Expires has passed).</summary>
    /// <param name="content">The file's bytes (at most <see cref="MaxBytes"/> are read).</param>
    /// <param name="at">The moment to judge expiry against.</param>
    /// <param name="retrieval">How the file was fetched, or null for a local file.</param>
    public static SecurityTxtValidationResult Validate(ReadOnlySpan<byte> content, DateTimeOffset at, SecurityTxtRetrieval? retrieval = null)
    {
        var problems = new ProblemList();
        var lines = SecurityTxtText.Read(content, MaxBytes, problems);
        var signed = CleartextSignature.IsSigned(lines);
        var hashAlgorithms = new List<string>();
        var body = signed ? CleartextSignature.Unwrap(lines, problems, hashAlgorithms) : lines;
        var fields = SecurityTxtSyntax.ReadFields(body, problems);
        var document = new SecurityTxtDocument(fields, signed, hashAlgorithms);

        ReadUriFields(document, problems);
        ReadExpires(document, at, problems);
        ReadPreferredLanguages(document, problems);
        ReportLikelyMisspellings(document, problems);
        if (signed && document.Canonical.Count == 0)
        {
            problems.Warning(1, "the file is signed but has no Canonical field; RFC 9116 section 2.3 recommends one so the signature also authenticates the file's location");
        }

        if (retrieval is not null)
        {
            CheckRetrieval(document, retrieval, problems);
        }

        return new SecurityTxtValidationResult(document, problems.ToList(), at);
    }

    private static void ReadUriFields(SecurityTxtDocument document, ProblemList problems)
    {
        List<Uri> Read(string name, Action<SecurityTxtField, Uri>? extraCheck = null)
        {
            var uris = new List<Uri>();
            foreach (var field in document.Fields.Where(f => f.Is(name)))
            {
                if (name == SecurityTxtFieldNames.Encryption && field.Value.Contains("-----BEGIN PGP", StringComparison.Ordinal))
                {
                    problems.Error(field.Line, "keys MUST NOT appear in the Encryption field; give a URI where the key can be retrieved");
                    continue;
                }

                var uri = SecurityTxtUri.Parse(name, field.Value, out var problem);
                if (uri is null)
                {
                    problems.Error(field.Line, problem!);
                    continue;
                }

                if (uri.Scheme == "http")
                {
                    problems.Error(field.Line, $"{name} is a web URI, so it MUST begin with \"https://\" (RFC 9116 section 2.5): {ProblemList.Quote(field.Value)}");
                    continue;
                }

                extraCheck?.Invoke(field, uri);
                uris.Add(uri);
            }

            return uris;
        }

        document.Contacts = Read(SecurityTxtFieldNames.Contact, (field, uri) => CheckContact(field, uri, problems));
        document.Acknowledgments = Read(SecurityTxtFieldNames.Acknowledgments);
        document.Canonical = Read(SecurityTxtFieldNames.Canonical);
        document.Encryption = Read(SecurityTxtFieldNames.Encryption);
        document.Hiring = Read(SecurityTxtFieldNames.Hiring);
        document.Policy = Read(SecurityTxtFieldNames.Policy);
        document.Csaf = Read(SecurityTxtFieldNames.Csaf, (field, uri) => CheckCsaf(field, uri, problems));

        if (!document.Fields.Any(f => f.Is(SecurityTxtFieldNames.Contact)))
        {
            problems.Error(1, "the required Contact field is missing (RFC 9116 section 2.5.3)");
        }
    }

    private static void CheckContact(SecurityTxtField field, Uri uri, ProblemList problems)
    {
        switch (uri.Scheme)
        {
            case "mailto":
                if (!field.Value.Contains('@', StringComparison.Ordinal))
                {
                    problems.Warning(field.Line, $"Contact {ProblemList.Quote(field.Value)} is a mailto: URI without an e-mail address");
                }

                break;
            case "tel":
                if (!field.Value.Any(char.IsAsciiDigit))
                {
                    problems.Warning(field.Line, $"Contact {ProblemList.Quote(field.Value)} is a tel: URI without a number");
                }

                break;
            case "https":
                break;
            default:
                problems.Warning(field.Line, $"Contact uses the '{uri.Scheme}:' scheme; researchers expect mailto:, tel: or https:");
                break;
        }
    }

    private static void CheckCsaf(SecurityTxtField field, Uri uri, ProblemList problems)
    {
        if (uri.Scheme != "https")
        {
            problems.Error(field.Line, $"CSAF must be an https URL of a provider-metadata.json (CSAF 2.0 section 7.1.8): {ProblemList.Quote(field.Value)}");
        }
        else if (!uri.AbsolutePath.EndsWith("/provider-metadata.json", StringComparison.Ordinal))
        {
            problems.Warning(field.Line, $"CSAF should point to a file named provider-metadata.json (CSAF 2.0 section 7.1.8): {ProblemList.Quote(field.Value)}");
        }
    }

    private static void ReadExpires(SecurityTxtDocument document, DateTimeOffset at, ProblemList problems)
    {
        var expiresFields = document.Fields.Where(f => f.Is(SecurityTxtFieldNames.Expires)).ToList();
        if (expiresFields.Count == 0)
        {
            problems.Error(1, "the required Expires field is missing (RFC 9116 section 2.5.5)");
            return;
        }

        foreach (var extra in expiresFields.Skip(1))
        {
            problems.Error(extra.Line, "Expires MUST NOT appear more than once (RFC 9116 section 2.5.5)");
        }

        var field = expiresFields[0];
        if (!Rfc3339DateTime.TryParse(field.Value, out var expires, out var usesSpace))
        {
            problems.Error(field.Line, $"Expires {ProblemList.Quote(field.Value)} is not an RFC 3339 date-time, e.g. 2026-12-31T23:59:59Z");
            return;
        }

        document.Expires = expires;
        var inv = CultureInfo.InvariantCulture;
        if (usesSpace)
        {
            problems.Warning(field.Line, "Expires separates date and time with a space; RFC 3339 only tolerates that for readability, write 'T'");
        }

        if (expires < at)
        {
            problems.Error(field.Line, string.Create(inv, $"the file expired on {expires.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} (evaluated at {at.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}); its data is stale and should not be used"));
        }
        else if (at.Year < 9999 && expires > at.AddYears(1))
        {
            problems.Warning(field.Line, string.Create(inv, $"Expires {expires.UtcDateTime:yyyy-MM-dd} is more than a year ahead; RFC 9116 section 2.5.5 recommends less than a year to avoid staleness"));
        }
    }

    private static void ReadPreferredLanguages(SecurityTxtDocument document, ProblemList problems)
    {
        var languageFields = document.Fields.Where(f => f.Is(SecurityTxtFieldNames.PreferredLanguages)).ToList();
        foreach (var extra in languageFields.Skip(1))
        {
            problems.Error(extra.Line, "Preferred-Languages MUST NOT appear more than once (RFC 9116 section 2.5.8)");
        }

        foreach (var field in languageFields)
        {
            var tags = ReadLanguageTags(field, problems);
            if (field == languageFields[0])
            {
                document.PreferredLanguages = tags;
            }
        }
    }

    private static List<string> ReadLanguageTags(SecurityTxtField field, ProblemList problems)
    {
        var tags = new List<string>();
        foreach (var tag in field.Value.Split(',').Select(t => t.Trim(' ', '\t')))
        {
            if (tag.Length == 0)
            {
                problems.Error(field.Line, "Preferred-Languages has an empty entry; list language tags separated by commas, e.g. en, fr");
            }
            else if (!LanguageTag.IsWellFormed(tag))
            {
                problems.Error(field.Line, $"{ProblemList.Quote(tag)} in Preferred-Languages is not a language tag (RFC 5646), e.g. en or pt-BR");
            }
            else
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    private static void ReportLikelyMisspellings(SecurityTxtDocument document, ProblemList problems)
    {
        foreach (var field in document.ExtensionFields)
        {
            if (field.Name.Length is < 5 or > 30)
            {
                continue;
            }

            var near = SecurityTxtFieldNames.All.FirstOrDefault(name => EditDistance(name, field.Name) <= 2);
            if (near is not null)
            {
                problems.Warning(field.Line, $"unknown field {ProblemList.Quote(field.Name)} is ignored by researchers; did you mean '{near}'?");
            }
        }
    }

    private static int EditDistance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static void CheckRetrieval(SecurityTxtDocument document, SecurityTxtRetrieval retrieval, ProblemList problems)
    {
        if (retrieval.Url.Scheme != "https" && !retrieval.Url.IsLoopback)
        {
            problems.Error(1, $"the file was retrieved over {retrieval.Url.Scheme}; it MUST be served over https (RFC 9116 section 3)");
        }

        CheckContentType(retrieval.ContentType, problems);

        if (document.Canonical.Count > 0 && !document.Canonical.Any(c => Uri.Compare(c, retrieval.Url, UriComponents.HttpRequestUrl, UriFormat.SafeUnescaped, StringComparison.Ordinal) == 0))
        {
            var line = document.Fields.First(f => f.Is(SecurityTxtFieldNames.Canonical)).Line;
            problems.Warning(line, $"the file was retrieved from {retrieval.Url} but no Canonical field lists that URL, so its contents should not be trusted (RFC 9116 section 2.5.2)");
        }
    }

    private static void CheckContentType(string? contentType, ProblemList problems)
    {
        const string expected = "it MUST be text/plain; charset=utf-8 (RFC 9116 section 3)";
        if (string.IsNullOrWhiteSpace(contentType))
        {
            problems.Error(1, $"the file was served without a Content-Type; {expected}");
            return;
        }

        var parts = contentType.Split(';', StringSplitOptions.TrimEntries);
        if (!parts[0].Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            problems.Error(1, $"the file was served as {ProblemList.Quote(parts[0])}; {expected}");
            return;
        }

        var charset = parts.Skip(1)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .FirstOrDefault(p => p.Length == 2 && p[0].Equals("charset", StringComparison.OrdinalIgnoreCase))?[1].Trim('"');
        if (charset is null)
        {
            problems.Error(1, $"the Content-Type has no charset parameter; {expected}");
        }
        else if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            problems.Error(1, $"the Content-Type declares charset {ProblemList.Quote(charset)}; {expected}");
        }
    }
}
