using System.Text;
using CodeAssure.Checks.Secrets;

namespace CodeAssure.Checks.Framework;

/// <summary>
/// The files a configuration-style check reads: the scanned folder walked once (honouring .gitignore, the scan's
/// exclusions and the usual dependency and build folders), and each file read as text on demand — too large,
/// binary or unreadable files give null instead of an exception, and bytes that are not UTF-8 become U+FFFD.
/// </summary>
internal sealed class RepositoryTextFiles
{
    /// <summary>Files larger than this are not read: configuration and build files are far smaller.</summary>
    public const long MaxFileBytes = 2 * 1024 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly string _root;

    public RepositoryTextFiles(ScanContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _root = context.Root;
        var walker = new RepositoryWalker(context.Root, new SecretScanOptions(), context.Exclude);
        Paths = [.. walker.Files().Select(f => f.RelativePath)];
    }

    /// <summary>Every file's path relative to the root, '/' separators.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The file's text, or null when it is too large, binary (a NUL byte) or unreadable.</summary>
    public string? ReadText(string relativePath)
    {
        try
        {
            var full = Path.Combine(_root, relativePath);
            var info = new FileInfo(full);
            if (!info.Exists || info.Length > MaxFileBytes)
            {
                return null;
            }

            var bytes = File.ReadAllBytes(full);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                return null;
            }

            var text = Utf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>The file's lines (see <see cref="ReadText"/>), empty when it cannot be read.</summary>
    public string[] ReadLines(string relativePath) =>
        ReadText(relativePath) is { } text ? text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray() : [];

    /// <summary>The file name part of a relative path.</summary>
    public static string NameOf(string relativePath) => relativePath[(relativePath.LastIndexOf('/') + 1)..];

    /// <summary>The folder part of a relative path ('' at the root).</summary>
    public static string FolderOf(string relativePath) => relativePath.LastIndexOf('/') is var i and >= 0 ? relativePath[..i] : "";
}
