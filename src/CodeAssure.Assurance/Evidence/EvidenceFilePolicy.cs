using System.Text;

namespace CodeAssure.Assurance.Evidence;

/// <summary>
/// Which uploaded files are accepted as evidence. A file is accepted when its name is a plain file name (no path,
/// no control or bidirectional-override characters, no reserved device name), it is no larger than
/// <see cref="MaxBytes"/> (25 MB by default), its extension is one of <see cref="AllowedTypes"/>, and its content
/// confirms the extension (magic number for PDF, PNG and JPEG; valid UTF-8 text without NUL or control characters for
/// the text formats, starting with <c>{</c>/<c>[</c> for JSON and <c>&lt;</c> for XML, and no DOCTYPE in XML).
/// Archives (zip) are refused on purpose: they hide their content from the reviewer, can be size bombs, and each
/// document in them is better uploaded as its own item with its own digest.
/// </summary>
public sealed class EvidenceFilePolicy
{
    /// <summary>The default size limit: 25 MB.</summary>
    public const long DefaultMaxBytes = 25L * 1024 * 1024;

    /// <summary>The longest file name accepted.</summary>
    public const int MaxFileNameLength = 255;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly string[] ReservedNames = ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>A policy with the default size limit.</summary>
    public EvidenceFilePolicy()
        : this(DefaultMaxBytes)
    {
    }

    /// <summary>A policy with its own size limit.</summary>
    public EvidenceFilePolicy(long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        MaxBytes = maxBytes;
    }

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>The accepted types.</summary>
    public static IReadOnlyList<EvidenceFileType> AllowedTypes { get; } =
    [
        new("application/pdf", [".pdf"], false),
        new("image/png", [".png"], false),
        new("image/jpeg", [".jpg", ".jpeg"], false),
        new("text/plain", [".txt"], true),
        new("text/markdown", [".md"], true),
        new("text/csv", [".csv"], true),
        new("application/json", [".json"], true),
        new("application/xml", [".xml"], true),
    ];

    /// <summary>
    /// Streams an upload: checks the name first, then hashes and copies it to <paramref name="destination"/> within the
    /// size limit, then checks the content against the extension. On refusal the caller discards what was written.
    /// </summary>
    /// <exception cref="EvidenceFileRejectedException">The file is refused; the message says why.</exception>
    public async Task<AcceptedEvidenceFile> AcceptAsync(string fileName, Stream content, Stream? destination, CancellationToken cancellationToken = default)
    {
        var type = TypeOf(fileName);
        var digest = await StreamingDigest.ComputeAsync(content, destination, MaxBytes, cancellationToken).ConfigureAwait(false);
        CheckContent(fileName, type, digest.Head.Span);
        return new AcceptedEvidenceFile(fileName, type.MediaType, digest.Size, digest.Sha256);
    }

    /// <summary>Checks a file already hashed (e.g. by <see cref="StreamingDigest"/>).</summary>
    /// <exception cref="EvidenceFileRejectedException">The file is refused; the message says why.</exception>
    public AcceptedEvidenceFile Accept(string fileName, FileDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var type = TypeOf(fileName);
        if (digest.Size > MaxBytes)
        {
            throw new EvidenceFileRejectedException($"the file is larger than the limit of {StreamingDigest.Describe(MaxBytes)}");
        }

        CheckContent(fileName, type, digest.Head.Span);
        return new AcceptedEvidenceFile(fileName, type.MediaType, digest.Size, digest.Sha256);
    }

    /// <summary>The accepted type a file name's extension names.</summary>
    /// <exception cref="EvidenceFileRejectedException">The name is not acceptable or its type is not accepted.</exception>
    public static EvidenceFileType TypeOf(string fileName)
    {
        var problem = ProblemWithFileName(fileName);
        if (problem is not null)
        {
            throw new EvidenceFileRejectedException($"the file name {problem}");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return AllowedTypes.FirstOrDefault(t => t.Extensions.Contains(extension))
            ?? throw new EvidenceFileRejectedException(
                $"files of type '{(extension.Length == 0 ? "(none)" : extension)}' are not accepted as evidence; accepted: {string.Join(", ", AllowedTypes.SelectMany(t => t.Extensions))}");
    }

    /// <summary>Null when the text is a plain file name, else what is wrong with it.</summary>
    public static string? ProblemWithFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return "is empty";
        }

        if (fileName.Length > MaxFileNameLength)
        {
            return $"is longer than {MaxFileNameLength} characters";
        }

        foreach (var c in fileName)
        {
            if (c is '/' or '\\' or ':')
            {
                return "must be a file name, not a path";
            }

            if (char.IsControl(c))
            {
                return "holds control characters";
            }

            // Bidirectional overrides and isolates can disguise an extension ("report\u202Efdp.exe").
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\uFEFF')
            {
                return "holds invisible direction or formatting characters";
            }
        }

        if (fileName.StartsWith('.') || fileName.EndsWith('.') || fileName.EndsWith(' ') || fileName.StartsWith(' '))
        {
            return "must not start or end with a dot or a space";
        }

        var stem = fileName.Split('.')[0].Trim();
        return ReservedNames.Contains(stem, StringComparer.OrdinalIgnoreCase) ? $"uses the reserved device name '{stem}'" : null;
    }

    private static void CheckContent(string fileName, EvidenceFileType type, ReadOnlySpan<byte> head)
    {
        var ok = type.MediaType switch
        {
            "application/pdf" => head.StartsWith(PdfMagic),
            "image/png" => head.StartsWith(PngMagic),
            "image/jpeg" => head.StartsWith(JpegMagic),
            _ => IsText(head, out var text) && type.MediaType switch
            {
                "application/json" => text.TrimStart().Length == 0 || text.TrimStart()[0] is '{' or '[',
                "application/xml" => text.TrimStart().StartsWith('<') && !text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase),
                _ => true,
            },
        };
        if (!ok)
        {
            throw new EvidenceFileRejectedException($"the content of '{fileName}' is not {Article(type.MediaType)} {type.MediaType} file as its extension says");
        }
    }

    private static string Article(string mediaType) => mediaType.StartsWith("application/", StringComparison.Ordinal) || mediaType.StartsWith("image/", StringComparison.Ordinal) ? "an" : "a";

    // UTF-8 text (BOM allowed) without NUL or C0 controls other than tab, line feed, form feed and carriage return.
    // The head may end in the middle of a multi-byte character, so up to three trailing bytes are allowed to be incomplete.
    private static bool IsText(ReadOnlySpan<byte> head, out string text)
    {
        text = "";
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var strict = new UTF8Encoding(false, true);
        for (var cut = 0; cut <= Math.Min(3, head.Length); cut++)
        {
            try
            {
                text = strict.GetString(head[..^cut]);
                break;
            }
            catch (DecoderFallbackException) when (cut < Math.Min(3, head.Length) && head.Length >= StreamingDigest.HeadLength)
            {
                // Try again without the possibly truncated last bytes.
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                return false;
            }
        }

        return true;
    }
}
