namespace CodeAssure.Web;

/// <summary>How to start the server: where to listen and where to keep data.</summary>
public sealed record ServerOptions
{
    /// <summary>The default listening address.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Listening URLs, separated by ';' (default <see cref="DefaultUrl"/>; port 0 picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrl;

    /// <summary>The data folder (SQLite database, data-protection keys); default <see cref="DefaultDataDirectory"/>.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>A database connection string; when set it replaces the SQLite file in the data folder.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Where the one-time setup link and start-up lines are printed (default: the console).</summary>
    public TextWriter? Console { get; init; }

    /// <summary>The clock (tests set it).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Whether to write request logs to the console (off in tests).</summary>
    public bool ConsoleLogging { get; init; } = true;

    /// <summary>Release SBOM monitoring and background jobs (null: from configuration, else defaults).</summary>
    public Monitoring.MonitoringOptions? Monitoring { get; init; }
    /// <summary>Configuration settings added on top of the environment (e.g. <c>Smtp:Host</c>); tests use it.</summary>
    /// <summary>
    /// Extra configuration (e.g. <c>Trust:PrimaryOrganisation</c>) layered over appsettings.json and the environment
    /// (where the same keys are written <c>Trust__PrimaryOrganisation</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The default data folder: <c>codeassure-data</c> under the user's local application data.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "codeassure-data");
}
