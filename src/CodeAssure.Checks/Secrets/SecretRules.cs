using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// The catalogue of hard-coded credential rules (claim 1.4.5: no hard-coded credentials). Each rule's id is stable:
/// baselines and allow comments refer to it. Order matters only when two rules match the same text: the earlier, more
/// specific rule wins (e.g. a GCP service-account key over the PKCS#8 key inside it).
/// </summary>
public static partial class SecretRules
{
    /// <summary>The check id every secret finding is reported under.</summary>
    public const string CheckId = "CA-SECRETS-001";

    private const FindingLevel Critical = FindingLevel.Critical;
    private const FindingLevel High = FindingLevel.High;
    private const FindingLevel Medium = FindingLevel.Medium;
    private const FindingLevel Low = FindingLevel.Low;

    // The end of a token: anything that cannot continue it, or the end of the line.
    private const string End = @"(?:[^A-Za-z0-9_\-]|$)";

    private static readonly Lazy<ReadOnlyCollection<SecretRule>> DefaultRules = new(Build);

    /// <summary>Every rule, in priority order.</summary>
    public static IReadOnlyList<SecretRule> Default => DefaultRules.Value;

    private static ReadOnlyCollection<SecretRule> Build()
    {
        var rules = new List<SecretRule>
        {
            // Cloud providers.
            new("aws-access-key-id", "AWS access key id", High,
                @"\b(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b", ["AKIA", "ASIA", "ABIA", "ACCA"]),
            new("aws-secret-access-key", "AWS secret access key", Critical,
                @"(?i)(?:aws_?secret_?access_?key|secret_?access_?key|aws_?secret_?key|aws_?secret)[""'\]]?\s*(?::=|=>|=|:)\s*[""']?(?<secret>[A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)",
                ["secret_access_key", "secretaccesskey", "aws_secret", "awssecret"], accept: c => RandomLooking(c.Secret, 3.5)),
            new("gcp-service-account-key", "Google Cloud service-account key (private_key of a \"type\": \"service_account\" JSON key file)", Critical,
                @"""private_key""\s*:\s*""(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,}?-----END (?:RSA )?PRIVATE KEY-----(?:\\n)?)""",
                ["\"private_key\""], RuleScope.Block, c => ServiceAccountType().IsMatch(c.Text)),
            new("gcp-api-key", "Google Cloud API key", High, $@"\b(?<secret>AIza[0-9A-Za-z_\-]{{35}}){End}", ["AIza"]),
            new("google-oauth-client-secret", "Google OAuth client secret", High, $@"\b(?<secret>GOCSPX-[0-9A-Za-z_\-]{{28}}){End}", ["GOCSPX-"]),
            new("azure-storage-account-key", "Azure storage account key (AccountKey= in a connection string)", Critical,
                @"(?i)AccountKey\s*=\s*(?<secret>[A-Za-z0-9+/]{86}==)", ["AccountKey"]),
            new("azure-shared-access-key", "Azure Service Bus / Event Hubs / IoT shared access key", Critical,
                @"(?i)SharedAccessKey\s*=\s*(?<secret>[A-Za-z0-9+/]{42,43}=)", ["SharedAccessKey"]),
            new("azure-sas-token", "Azure shared access signature (SAS) token", High,
                @"(?i)[?&]sv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[^\s""'<>]*?sig=(?<secret>[A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})", ["sig="]),
            new("azure-ad-client-secret", "Microsoft Entra ID (Azure AD) application client secret", Critical,
                @"(?:^|[^A-Za-z0-9_~.\-])(?<secret>[A-Za-z0-9_~.\-]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34})(?:[^A-Za-z0-9_~.\-]|$)", ["Q~"]),
            new("alibaba-access-key-id", "Alibaba Cloud access key id", High, @"\b(?<secret>LTAI[A-Za-z0-9]{20})\b", ["LTAI"]),
            new("digitalocean-personal-access-token", "DigitalOcean personal access token", Critical, @"\b(?<secret>dop_v1_[a-f0-9]{64})\b", ["dop_v1_"]),
            new("digitalocean-oauth-token", "DigitalOcean OAuth access token", Critical, @"\b(?<secret>doo_v1_[a-f0-9]{64})\b", ["doo_v1_"]),
            new("digitalocean-refresh-token", "DigitalOcean OAuth refresh token", Critical, @"\b(?<secret>dor_v1_[a-f0-9]{64})\b", ["dor_v1_"]),
            new("heroku-api-key", "Heroku API key", High, $@"\b(?<secret>HRKU-[0-9A-Za-z_\-]{{60}}){End}", ["HRKU-"]),
            new("heroku-legacy-api-key", "Heroku API key (legacy UUID form, named as Heroku's)", High,
                @"(?i)heroku[A-Za-z0-9_.\-]{0,20}(?:key|token)[""'\]]?\s*(?::=|=>|=|:)\s*[""']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b", ["heroku"]),
            new("databricks-token", "Databricks personal access token", High, @"\b(?<secret>dapi[a-f0-9]{32}(?:-[0-9]+)?)\b", ["dapi"]),

            // Source hosting and package registries.
            GitHub("github-personal-access-token", "GitHub personal access token (classic)", "ghp_"),
            GitHub("github-oauth-token", "GitHub OAuth access token", "gho_"),
            GitHub("github-user-to-server-token", "GitHub App user-to-server token", "ghu_"),
            GitHub("github-server-to-server-token", "GitHub App installation (server-to-server) token", "ghs_"),
            GitHub("github-refresh-token", "GitHub App refresh token", "ghr_"),
            new("github-fine-grained-token", "GitHub fine-grained personal access token", Critical,
                @"\b(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b", ["github_pat_"]),
            new("gitlab-personal-access-token", "GitLab personal, project or group access token", Critical, $@"\b(?<secret>glpat-[A-Za-z0-9_\-]{{20,100}}){End}", ["glpat-"]),
            new("gitlab-deploy-token", "GitLab deploy token", High, $@"\b(?<secret>gldt-[A-Za-z0-9_\-]{{20,100}}){End}", ["gldt-"]),
            new("gitlab-runner-token", "GitLab runner authentication token", High, $@"\b(?<secret>glrt-[A-Za-z0-9_\-]{{20,100}}){End}", ["glrt-"]),
            new("gitlab-runner-registration-token", "GitLab runner registration token", High, $@"\b(?<secret>GR1348941[A-Za-z0-9_\-]{{20}}){End}", ["GR1348941"]),
            new("gitlab-pipeline-trigger-token", "GitLab pipeline trigger token", High, @"\b(?<secret>glptt-[0-9a-f]{40})\b", ["glptt-"]),
            new("gitlab-feed-token", "GitLab feed token", Medium, $@"\b(?<secret>glft-[A-Za-z0-9_\-]{{20}}){End}", ["glft-"]),
            new("gitlab-oauth-application-secret", "GitLab OAuth application secret", High, @"\b(?<secret>gloas-[a-f0-9]{64})\b", ["gloas-"]),
            new("gitlab-scim-token", "GitLab SCIM OAuth token", High, $@"\b(?<secret>glsoat-[A-Za-z0-9_\-]{{20}}){End}", ["glsoat-"]),
            new("npm-access-token", "npm access token", Critical, @"\b(?<secret>npm_[A-Za-z0-9]{36})\b", ["npm_"], checksum: TokenChecksum.IsValid),
            new("nuget-api-key", "NuGet.org API key", Critical, @"\b(?<secret>oy2[a-z0-9]{43})\b", ["oy2"]),
            new("pypi-upload-token", "PyPI upload token", Critical,
                $@"\b(?<secret>pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{{50,}}){End}", ["pypi-AgE"]),
            new("docker-hub-token", "Docker Hub personal access token", High, $@"\b(?<secret>dckr_pat_[A-Za-z0-9_\-]{{27}}){End}", ["dckr_pat_"]),
            new("atlassian-api-token", "Atlassian (Jira, Confluence, Bitbucket) API token", High,
                @"\b(?<secret>ATATT3[A-Za-z0-9_\-=]{150,})(?:[^A-Za-z0-9_\-=]|$)", ["ATATT3"]),

            // Messaging and SaaS APIs.
            new("slack-bot-token", "Slack bot token", High, @"\b(?<secret>xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24})\b", ["xoxb-"]),
            new("slack-user-token", "Slack user token", High, @"\b(?<secret>xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32})\b", ["xoxp-"]),
            new("slack-app-token", "Slack app-level token", High, @"\b(?<secret>xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-f0-9]{64})\b", ["xapp-"]),
            new("slack-legacy-token", "Slack legacy workspace, OAuth or refresh token", High,
                @"\b(?<secret>xox[aors]-(?:[0-9]{1,13}-){2,3}[a-f0-9]{32})\b", ["xoxa-", "xoxo-", "xoxr-", "xoxs-"]),
            new("slack-webhook-url", "Slack incoming webhook URL", Medium,
                @"https://hooks\.slack\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9_+/\-]{40,})", ["hooks.slack.com"]),
            new("discord-webhook-url", "Discord webhook URL", Medium,
                @"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/(?<secret>[A-Za-z0-9_\-]{60,68})", ["discord"]),
            new("discord-bot-token", "Discord bot token (in a file that mentions Discord)", High,
                @"(?:^|[^A-Za-z0-9_\-.])(?<secret>[MNO][A-Za-z0-9_\-]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38})(?:[^A-Za-z0-9_\-.]|$)",
                ["discord"], RuleScope.File),
            new("telegram-bot-token", "Telegram bot token", High, $@"(?:^|[^0-9])(?<secret>[0-9]{{8,10}}:AA[0-9A-Za-z_\-]{{33}}){End}", [":AA"]),
            new("stripe-secret-key", "Stripe live secret key", Critical, @"\b(?<secret>sk_live_[A-Za-z0-9]{24,99})\b", ["sk_live_"]),
            new("stripe-restricted-key", "Stripe live restricted key", Critical, @"\b(?<secret>rk_live_[A-Za-z0-9]{24,99})\b", ["rk_live_"]),
            new("stripe-test-secret-key", "Stripe test-mode secret key", Low, @"\b(?<secret>[sr]k_test_[A-Za-z0-9]{24,99})\b", ["sk_test_", "rk_test_"]),
            new("twilio-api-key", "Twilio API key SID with its secret nearby (in a file that mentions Twilio)", High,
                @"\b(?<secret>SK[0-9a-f]{32})\b", ["twilio"], RuleScope.File),
            new("twilio-auth-token", "Twilio auth token (in a file that mentions Twilio)", Critical,
                @"(?i)auth_?token[""'\]]?\s*(?::=|=>|=|:)\s*[""']?(?<secret>[0-9a-f]{32})\b", ["twilio"], RuleScope.File),
            new("sendgrid-api-key", "SendGrid API key", Critical, $@"\b(?<secret>SG\.[A-Za-z0-9_\-]{{22}}\.[A-Za-z0-9_\-]{{43}}){End}", ["SG."]),
            new("mailgun-api-key", "Mailgun API key", High, @"\b(?<secret>key-[0-9a-f]{32})\b", [.. "0123456789abcdef".Select(c => $"key-{c}")]),
            new("mailchimp-api-key", "Mailchimp API key", High, @"\b(?<secret>[0-9a-f]{32}-us[0-9]{1,2})\b", [.. "0123456789".Select(c => $"-us{c}")]),
            new("shopify-access-token", "Shopify access token (admin, custom or private app)", Critical,
                @"\b(?<secret>shp(?:at|ca|pa)_[a-fA-F0-9]{32})\b", ["shpat_", "shpca_", "shppa_"]),
            new("shopify-shared-secret", "Shopify app shared secret", High, @"\b(?<secret>shpss_[a-fA-F0-9]{32})\b", ["shpss_"]),
            new("openai-api-key", "OpenAI API key", Critical,
                $@"\b(?<secret>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{{20,}}T3BlbkFJ[A-Za-z0-9_\-]{{20,}}){End}", ["T3BlbkFJ"]),
            new("anthropic-api-key", "Anthropic API key", Critical, $@"\b(?<secret>sk-ant-(?:api|admin)[0-9]{{2}}-[A-Za-z0-9_\-]{{80,}}){End}", ["sk-ant-"]),
            new("hashicorp-vault-token", "HashiCorp Vault service or batch token", High, $@"\b(?<secret>hv[sb]\.[A-Za-z0-9_\-]{{90,}}){End}", ["hvs.", "hvb."]),
            new("terraform-cloud-token", "HashiCorp Terraform Cloud / Enterprise API token", High,
                @"\b(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-=]{60,70})(?:[^A-Za-z0-9_\-=]|$)", [".atlasv1."]),
            new("doppler-token", "Doppler token", High, @"\b(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44})\b", ["dp."]),
            new("linear-api-key", "Linear API key", High, @"\b(?<secret>lin_api_[A-Za-z0-9]{40})\b", ["lin_api_"]),
            new("postman-api-key", "Postman API key", High, @"\b(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b", ["PMAK-"]),
            new("grafana-cloud-token", "Grafana Cloud API token", High, @"\b(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})(?:[^A-Za-z0-9+/=]|$)", ["glc_"]),
            new("grafana-service-account-token", "Grafana service account token", High, @"\b(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\b", ["glsa_"]),
            new("huggingface-token", "Hugging Face access token", High, @"\b(?<secret>hf_[A-Za-z]{34})\b", ["hf_"]),
            new("sentry-org-token", "Sentry organisation auth token", High, @"\b(?<secret>sntrys_eyJ[A-Za-z0-9+/=_\-]{60,})(?:[^A-Za-z0-9+/=_\-]|$)", ["sntrys_"]),
            new("sentry-user-token", "Sentry user auth token", High, @"\b(?<secret>sntryu_[a-f0-9]{64})\b", ["sntryu_"]),
            new("pulumi-access-token", "Pulumi access token", High, @"\b(?<secret>pul-[a-f0-9]{40})\b", ["pul-"]),
            new("new-relic-user-api-key", "New Relic user API key", High, @"\b(?<secret>NRAK-[A-Z0-9]{27})\b", ["NRAK-"]),
            new("age-secret-key", "age encryption secret key", High, @"\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b", ["AGE-SECRET-KEY-1"]),

            // Private keys (a header alone, without a key body, is not reported).
            Pem("private-key-rsa", "RSA private key (PEM)", "RSA PRIVATE KEY"),
            Pem("private-key-ec", "EC private key (PEM)", "EC PRIVATE KEY"),
            Pem("private-key-dsa", "DSA private key (PEM)", "DSA PRIVATE KEY"),
            Pem("private-key-pkcs8", "Private key (PKCS#8 PEM)", "PRIVATE KEY"),
            Pem("private-key-openssh", "OpenSSH private key", "OPENSSH PRIVATE KEY"),
            new("private-key-encrypted", "Encrypted private key (PEM; safe only while its passphrase is not in the repository)", Medium,
                @"-----BEGIN (?<kind>ENCRYPTED|RSA|EC|DSA) PRIVATE KEY-----(?<secret>[A-Za-z0-9+/=\s\\:,\-]{64,}?)-----END (?:ENCRYPTED |RSA |EC |DSA )?PRIVATE KEY-----",
                ["PRIVATE KEY-----"], RuleScope.Block,
                c => c.Match.Groups["kind"].Value == "ENCRYPTED" || c.Secret.Contains("ENCRYPTED", StringComparison.Ordinal)),
            new("private-key-pgp", "PGP private key block", High,
                @"-----BEGIN PGP PRIVATE KEY BLOCK-----(?<secret>[A-Za-z0-9+/=\s\\:.,()]{64,}?)-----END PGP PRIVATE KEY BLOCK-----",
                ["BEGIN PGP PRIVATE KEY BLOCK"], RuleScope.Block),
            new("private-key-putty", "PuTTY private key (.ppk)", High,
                @"PuTTY-User-Key-File-[23]:[^\r\n]*\r?\n(?:[^\r\n]*\r?\n){1,80}?Private-Lines:\s*[0-9]+\r?\n(?<secret>[A-Za-z0-9+/=]{16,})",
                ["PuTTY-User-Key-File-"], RuleScope.Block),

            // Structured tokens and credentials inside strings.
            new("jwt", "JSON Web Token", Medium,
                @"\b(?<secret>eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*)(?:[^A-Za-z0-9_\-.]|$)", ["eyJ"],
                accept: c => IsJwtHeader(c.Secret)),
            new("connection-string-password", "Password in a database connection string (SQL Server, PostgreSQL, MySQL)", High,
                @"(?i)(?:(?:server|data source|host|hostname|addr|address|database|initial catalog|user id|uid|username)\s*=[^;\r\n]*;(?:[^;\r\n]*;)*?\s*(?:password|pwd)\s*=\s*(?<secret>[^;'""\r\n]+)|(?:^|[;""'\s])(?:password|pwd)\s*=\s*(?<secret>[^;'""\r\n]+);(?:[^;\r\n]*;)*?\s*(?:server|data source|host|hostname|database|initial catalog|user id|uid|username)\s*=)",
                ["password", "pwd"], accept: c => !SecretValueHeuristics.IsPlaceholder(c.Secret), keywordContext: KeywordContexts.EqualsSign),
            new("database-url-credentials", "Password in a database or message-broker URL (user:password@host)", High,
                @"(?i)\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|jdbc:[a-z0-9]+)://[^:@/\s""'<>]*:(?<secret>[^@/\s""'<>]+)@[^\s""'<>@]",
                ["://"], accept: c => !SecretValueHeuristics.IsPlaceholder(c.Secret), keywordContext: KeywordContexts.UrlUserInfo),
            new("url-credentials", "Password embedded in an HTTP(S), FTP or SMTP URL (user:password@host)", Medium,
                @"(?i)\b(?:https?|ftps?|sftp|smtps?|ldaps?|git)://[^:@/\s""'<>]+:(?<secret>[^@/\s""'<>]+)@[A-Za-z0-9\[]",
                ["://"], accept: c => !SecretValueHeuristics.IsPlaceholder(c.Secret), keywordContext: KeywordContexts.UrlUserInfo),
            new("default-password", "Well-known default password assigned to a password setting", High,
                @"(?i)(?<name>[A-Za-z0-9_.\-]*(?:passw(?:or)?d|pwd))[""'\]]?\s*(?::=|=>|=|:)\s*(?:[""'`](?<secret>[^""'`\r\n]{4,32})[""'`]|(?<secret>[^\s""'`,;#]{4,32})(?:[\s,;#]|$))",
                ["passw", "pwd"], accept: c => DefaultPasswords().IsMatch(c.Secret) && !SecretValueHeuristics.IsNonSecretName(c.Match.Groups["name"].Value),
                keywordContext: KeywordContexts.Assignment),
            new("generic-secret", "High-entropy value assigned to a password, secret, token or API key", Medium,
                @"(?i)(?<name>[A-Za-z0-9_.\-]*(?:passw(?:or)?d|pwd|secret|token|api[_\-]?key|access[_\-]?key|auth[_\-]?key|credential)[A-Za-z0-9_.\-]*)[""'\]]?\s*(?::=|=>|=|:)\s*(?:[""'`](?<secret>[^""'`\r\n]{8,256})[""'`]|(?<secret>[^\s""'`,;#(){}\[\]<>]{8,256})(?:[\s,;#]|$))",
                ["passw", "pwd", "secret", "token", "apikey", "api_key", "api-key", "access_key", "accesskey", "auth_key", "authkey", "credential"],
                accept: c => SecretValueHeuristics.LooksLikeGenericSecret(c.Secret) && !SecretValueHeuristics.IsNonSecretName(c.Match.Groups["name"].Value),
                keywordContext: KeywordContexts.Assignment),
        };
        return rules.AsReadOnly();
    }

    private static SecretRule GitHub(string id, string description, string prefix) =>
        new(id, description, Critical, $@"\b(?<secret>{prefix}[A-Za-z0-9]{{36}})\b", [prefix], checksum: TokenChecksum.IsValid);

    private static SecretRule Pem(string id, string description, string label) =>
        new(id, description, High,
            $@"-----BEGIN {label}-----(?<secret>(?:\s|\\[nr])+[A-Za-z0-9+/=\s\\]{{64,}}?)-----END {label}-----", [$"BEGIN {label}-----"], RuleScope.Block);

    private static bool RandomLooking(string value, double minimumEntropy) =>
        ShannonEntropy.Of(value) >= minimumEntropy && value.Any(char.IsAsciiDigit) && value.Any(char.IsAsciiLetterUpper) && value.Any(char.IsAsciiLetterLower);

    // A JWT's first part is base64url JSON with an "alg" member (RFC 7515 §4.1.1); anything else is just dotted base64.
    private static bool IsJwtHeader(string token)
    {
        var header = token.AsSpan(0, token.IndexOf('.', StringComparison.Ordinal));
        if (header.Length > 2048)
        {
            return false;
        }

        var base64 = new StringBuilder(header.Length + 3).Append(header).Replace('-', '+').Replace('_', '/');
        base64.Append('=', (4 - (base64.Length % 4)) % 4);
        var bytes = new byte[header.Length];
        if (!Convert.TryFromBase64String(base64.ToString(), bytes, out var written))
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(bytes.AsMemory(0, written));
            return json.RootElement.ValueKind == JsonValueKind.Object &&
                json.RootElement.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"""type""\s*:\s*""service_account""", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceAccountType();

    [GeneratedRegex(@"\A(?:changeme|change_me|changeit|admin|admin123|administrator|root|toor|password|password1|password123|passw0rd|p@ssw0rd|p@ssword|letmein|qwerty|123456|12345678|default|guest|welcome|welcome1|secret)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DefaultPasswords();
}
