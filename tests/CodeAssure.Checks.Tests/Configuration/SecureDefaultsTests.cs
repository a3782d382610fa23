using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using CodeAssure.Checks.SecureDefaults;

namespace CodeAssure.Checks.Tests.Configuration;

/// <summary>CA-DEFAULT-001/002/003 on the fixture repositories: every rule's true positive, and its near misses.</summary>
public sealed class SecureDefaultsTests : IDisposable
{
    private readonly ScratchFolder _insecure = ConfigFixture.Copy("insecure");
    private readonly ScratchFolder _secure = ConfigFixture.Copy("secure");

    public void Dispose()
    {
        _insecure.Dispose();
        _secure.Dispose();
    }

    [Fact]
    public async Task Default_passwords_are_found_in_configuration_compose_env_and_seed_data()
    {
        var outcome = await ConfigFixture.RunAsync(new DefaultPasswordsCheck(), _insecure.Root);

        Assert.Equal(CheckStatus.Failed, outcome.Status);
        var found = outcome.Findings.Select(f => $"{f.Location!.Path}:{f.Location.Line} {f.Value} {f.Level}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            ".env:1 root Medium",
            "appsettings.json:4 admin High",
            "appsettings.json:7 changeme High",
            "appsettings.json:9 secret High",
            "config/application.properties:2 admin High",
            "db/seed.sql:2 admin High",
            "db/seed.sql:5 password123 High",
            "docker-compose.yml:10 guest Medium",
            "docker-compose.yml:15  Medium",
            "docker-compose.yml:5 postgres Medium",
        ], found);
        Assert.Equal("password-same-as-user-name", outcome.Findings.Single(f => f.Location!.Line == 15).RuleId);
        Assert.Contains(outcome.Findings, f => f.Message.Contains("unsalted hash", StringComparison.Ordinal) && f.Location!.Path == "db/seed.sql");
    }

    [Fact]
    public async Task Placeholders_user_names_and_other_keys_are_not_default_passwords_and_dev_and_test_files_are_lower()
    {
        var outcome = await ConfigFixture.RunAsync(new DefaultPasswordsCheck(), _secure.Root);

        var byPath = outcome.Findings.ToDictionary(f => f.Location!.Path, f => f.Level);
        Assert.Equal(2, outcome.Findings.Count);
        Assert.Equal(FindingLevel.Low, byPath["appsettings.Development.json"]);
        Assert.Equal(FindingLevel.Info, byPath["tests/IntegrationTests/appsettings.json"]);
    }

    [Fact]
    public async Task Tls_validation_turned_off_is_found_in_every_language_and_script()
    {
        var outcome = await ConfigFixture.RunAsync(new TlsValidationCheck(), _insecure.Root);

        Assert.Equal(CheckStatus.Failed, outcome.Status);
        Assert.Equal(
        [
            "curl-insecure install.sh Medium",
            "dotnet-accept-any-certificate src/Http.cs High",
            "git-ssl-verify-off install.sh Medium",
            "go-insecure-skip-verify src/tls.go High",
            "java-trust-all src/TrustAll.java High",
            "node-reject-unauthorized src/server.js High",
            "node-tls-reject-unauthorized-env Dockerfile High",
            "python-verify-false src/client.py High",
        ], ConfigFixture.Problems(outcome));
    }

    [Fact]
    public async Task Tls_validation_left_on_and_comments_about_it_are_not_findings()
    {
        var outcome = await ConfigFixture.RunAsync(new TlsValidationCheck(), _secure.Root);

        Assert.Equal(CheckStatus.Passed, outcome.Status);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public async Task Debug_modes_in_production_configuration_are_found()
    {
        var outcome = await ConfigFixture.RunAsync(new DebugModeCheck(), _insecure.Root);

        Assert.Equal(
        [
            "aspnet-compilation-debug web/Web.config Low",
            "aspnet-custom-errors-off web/Web.config Medium",
            "aspnetcore-development-environment docker-compose.yml Medium",
            "django-debug-true src/settings.py Medium",
            "flask-debug-run src/app.py Medium",
            "spring-actuator-exposed config/application.properties Medium",
        ], ConfigFixture.Problems(outcome));
    }

    [Fact]
    public async Task Debug_modes_in_files_named_for_development_are_not_findings()
    {
        var outcome = await ConfigFixture.RunAsync(new DebugModeCheck(), _secure.Root);

        Assert.Equal(CheckStatus.Passed, outcome.Status);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public async Task A_match_in_test_code_is_reported_at_info()
    {
        using var folder = new ScratchFolder();
        folder.Write("tests/unit/test_client.py", "requests.get(url, verify=False)\n");

        var outcome = await ConfigFixture.RunAsync(new TlsValidationCheck(), folder.Root);

        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(FindingLevel.Info, finding.Level);
        Assert.Equal(CheckStatus.Passed, outcome.Status);
    }

    [Theory]
    [InlineData("POSTGRES_PASSWORD", true)]
    [InlineData("spring.datasource.password", true)]
    [InlineData("adminPwd", true)]
    [InlineData("RABBITMQ_DEFAULT_PASS", true)]
    [InlineData("ADMINPASSWORD", true)]
    [InlineData("PasswordMinLength", false)]
    [InlineData("POSTGRES_PASSWORD_FILE", false)]
    [InlineData("bypass", false)]
    [InlineData("compass", false)]
    public void Password_like_keys_are_recognised_by_their_last_word(string key, bool expected) =>
        Assert.Equal(expected, PasswordSettings.IsPasswordKey(key));

    [Theory]
    [InlineData("admin", true)]
    [InlineData("ChangeMe", true)]
    [InlineData("5f4dcc3b5aa765d61d8327deb882cf99", false)]
    [InlineData("correct-horse-battery", false)]
    public void The_default_password_list_ignores_case(string value, bool expected) =>
        Assert.Equal(expected, WellKnownPasswords.IsDefault(value));

    [Fact]
    public void Unsalted_hashes_of_default_passwords_are_recognised() =>
        Assert.Equal("password", WellKnownPasswords.HashedDefault("5F4DCC3B5AA765D61D8327DEB882CF99"));
}
