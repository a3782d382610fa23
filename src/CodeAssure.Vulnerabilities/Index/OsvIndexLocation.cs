namespace CodeAssure.Vulnerabilities.Index;

/// <summary>Where the OSV index lives when no path is given: the user's cache folder.</summary>
public static class OsvIndexLocation
{
    /// <summary>The file name of the index in its folder.</summary>
    public const string FileName = "osv.idx";

    /// <summary>
    /// <c>$XDG_CACHE_HOME/codeassure/osv.idx</c> when XDG_CACHE_HOME is set, otherwise
    /// <c>codeassure/osv.idx</c> under the local application data folder (e.g. %LOCALAPPDATA% on Windows, ~/.local/share on Linux).
    /// </summary>
    /// <param name="environment">Reads an environment variable (the process environment in production).</param>
    public static string Default(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var cache = environment("XDG_CACHE_HOME");
        var folder = !string.IsNullOrWhiteSpace(cache) && Path.IsPathRooted(cache)
            ? cache
            : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(folder))
        {
            folder = Path.GetTempPath();
        }

        return Path.Combine(folder, "codeassure", FileName);
    }
}
