using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using static CodeAssure.Checks.Framework.FilePatterns;

namespace CodeAssure.Checks.SecureDefaults;

/// <summary>The rules of CA-DEFAULT-003: debug or development modes switched on in configuration meant for production.</summary>
internal static class DebugModeRules
{
    // Files named for development (appsettings.Development.json, docker-compose.override.yml, settings/dev.py …) are meant to have these on.
    private static Func<string, bool> Production(Func<string, bool> files) => path => files(path) && !IsDevelopmentOnly(path) && !IsTemplate(path);

    private static bool IsDjangoSettings(string path) =>
        path.EndsWith(".py", StringComparison.OrdinalIgnoreCase)
        && (RepositoryTextFiles.NameOf(path).Equals("settings.py", StringComparison.OrdinalIgnoreCase)
            || RepositoryTextFiles.FolderOf(path).EndsWith("settings", StringComparison.OrdinalIgnoreCase)
            || Names("production.py", "prod.py")(path));

    private static bool IsSpringConfig(string path)
    {
        var name = RepositoryTextFiles.NameOf(path);
        return name.StartsWith("application", StringComparison.OrdinalIgnoreCase) && Extensions(".properties", ".yml", ".yaml")(path);
    }

    /// <summary>Every rule, in the order documented in docs/config-checks.md.</summary>
    public static IReadOnlyList<TextRule> All { get; } =
    [
        TextRule.Create("aspnetcore-development-environment", Production(path => IsDockerfile(path) || IsCompose(path) || IsYaml(path) || Names(".env", ".env.production")(path)),
            @"\b(?:ASPNETCORE_ENVIRONMENT|DOTNET_ENVIRONMENT)\b['""]?\s*[=:]\s*['""]?Development\b",
            FindingLevel.Medium, "the ASP.NET Core environment is set to Development in a deployment file (developer exception pages, detailed errors)", caseSensitive: true),
        TextRule.Create("django-debug-true", Production(IsDjangoSettings),
            @"^\s*DEBUG\s*=\s*True\b",
            FindingLevel.Medium, "Django DEBUG = True in settings: error pages show code, settings and request data", caseSensitive: true),
        TextRule.Create("flask-debug-run", Production(Extensions(".py")),
            @"\.run\s*\([^)\n]*\bdebug\s*=\s*True\b",
            FindingLevel.Medium, "Flask app.run(debug=True): the interactive debugger allows code execution from the browser", caseSensitive: true),
        TextRule.Create("aspnet-custom-errors-off", Production(Names("Web.config", "Web.Release.config")),
            @"<customErrors\b[^>]*\bmode\s*=\s*""Off""",
            FindingLevel.Medium, "customErrors mode=\"Off\": detailed errors and stack traces are shown to every visitor"),
        TextRule.Create("aspnet-compilation-debug", Production(Names("Web.config", "Web.Release.config")),
            @"<compilation\b[^>]*\bdebug\s*=\s*""true""",
            FindingLevel.Low, "<compilation debug=\"true\">: debug builds of pages, no request timeouts (remove it, or remove it in Web.Release.config)"),
        TextRule.Create("spring-debug", Production(IsSpringConfig),
            @"^\s*debug\s*[=:]\s*true\b",
            FindingLevel.Low, "Spring Boot debug=true in application configuration"),
        TextRule.Create("spring-actuator-exposed", Production(IsSpringConfig),
            @"\bmanagement\.endpoints\.web\.exposure\.include\s*[=:]\s*['""]?\*|^\s*exposure:\s*\r?\n\s*include:\s*['""]?\*",
            FindingLevel.Medium, "every Spring Boot actuator endpoint is exposed over HTTP (env, heapdump, configprops can leak secrets)"),
        TextRule.Create("php-display-errors", Production(Names("php.ini", ".user.ini")),
            @"^\s*display_errors\s*=\s*(?:On|1|true)\b",
            FindingLevel.Low, "PHP display_errors is on: errors with paths and data are shown to visitors"),
    ];
}
