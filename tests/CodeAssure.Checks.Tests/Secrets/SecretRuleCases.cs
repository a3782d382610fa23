using static CodeAssure.Checks.Tests.Secrets.Fake;

namespace CodeAssure.Checks.Tests.Secrets;

/// <summary>
/// For every rule, a realistic line (or file) holding a fake credential in the real format, and near-misses that must
/// stay silent. Tokens are assembled here at test time; none is committed whole.
/// </summary>
internal static class SecretRuleCases
{
    // The AWS documentation's example key pair, split so the source file itself holds no key-shaped string.
    public static readonly string AwsExampleKeyId = "AKIA" + "IOSFODNN7EXAMPLE";
    public static readonly string AwsExampleSecret = "wJalrXUtnFEMI" + "/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /// <summary>(rule id, text, the secret in it).</summary>
    public static IEnumerable<(string Rule, string Text, string Secret)> Positives()
    {
        yield return ("aws-access-key-id", $"aws_access_key_id = {AwsExampleKeyId}\n", AwsExampleKeyId);
        yield return ("aws-access-key-id", $"  \"AccessKeyId\": \"ASIA{Of(Upper + "234567", 16)}\",", "ASIA" + Of(Upper + "234567", 16));
        yield return ("aws-secret-access-key", $"aws_secret_access_key = {AwsExampleSecret}\n", AwsExampleSecret);
        yield return ("aws-secret-access-key", $"AWS_SECRET_ACCESS_KEY: \"{Of(Base64, 40, 3)}\"", Of(Base64, 40, 3));
        var gcpKey = $"-----BEGIN PRIVATE KEY-----\\n{Of(Base64, 64, 4)}\\n{Of(Base64, 64, 5)}\\n-----END PRIVATE KEY-----\\n";
        yield return ("gcp-service-account-key", "{\n  \"type\": \"service_account\",\n  \"project_id\": \"fake-project\",\n  \"private_key_id\": \"" + HexOf(40) +
            "\",\n  \"private_key\": \"" + gcpKey + "\",\n  \"client_email\": \"ci@fake-project.iam.gserviceaccount.com\"\n}\n", gcpKey);
        yield return ("gcp-api-key", $"const mapsKey = \"AIza{Of(Base64Url, 35)}\";", "AIza" + Of(Base64Url, 35));
        yield return ("google-oauth-client-secret", $"client_secret: GOCSPX-{Of(Base64Url, 28)}", "GOCSPX-" + Of(Base64Url, 28));
        yield return ("azure-storage-account-key", $"DefaultEndpointsProtocol=https;AccountName=fakeacct;AccountKey={Of(Base64, 86)}==;EndpointSuffix=core.windows.net", Of(Base64, 86) + "==");
        yield return ("azure-shared-access-key", $"Endpoint=sb://fake.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={Of(Base64, 43)}=", Of(Base64, 43) + "=");
        yield return ("azure-sas-token", $"https://fake.blob.core.windows.net/c/f.txt?sv=2021-06-08&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig={Of(Alnum, 43)}%3D", Of(Alnum, 43) + "%3D");
        var entra = $"{Of(Alnum, 3)}8Q~{Of(Alnum + "_~.-", 34)}";
        yield return ("azure-ad-client-secret", $"\"ClientSecret\": \"{entra}\"", entra);
        yield return ("alibaba-access-key-id", $"accessKeyId: LTAI{Of(Alnum, 20)}", "LTAI" + Of(Alnum, 20));
        yield return ("digitalocean-personal-access-token", $"DO_TOKEN=dop_v1_{HexOf(64)}", "dop_v1_" + HexOf(64));
        yield return ("digitalocean-oauth-token", $"token: doo_v1_{HexOf(64, 2)}", "doo_v1_" + HexOf(64, 2));
        yield return ("digitalocean-refresh-token", $"refresh = 'dor_v1_{HexOf(64, 3)}'", "dor_v1_" + HexOf(64, 3));
        yield return ("heroku-api-key", $"HEROKU_API_KEY=HRKU-{Of(Base64Url, 60)}", "HRKU-" + Of(Base64Url, 60));
        var herokuUuid = Guid.Parse("6f1c2c4e-0f4a-4e7b-9d3e-2a5b8c9d0e1f").ToString();
        yield return ("heroku-legacy-api-key", $"HEROKU_API_KEY={herokuUuid}", herokuUuid);
        yield return ("databricks-token", $"DATABRICKS_TOKEN=dapi{HexOf(32)}", "dapi" + HexOf(32));
        foreach (var (rule, prefix) in GitHubClassic)
        {
            var token = ChecksummedToken(prefix);
            yield return (rule, $"GITHUB_TOKEN={token}", token);
        }

        var fineGrained = $"github_pat_{Alphanumeric(22)}_{Alphanumeric(59, 2)}";
        yield return ("github-fine-grained-token", $"token: {fineGrained}", fineGrained);
        yield return ("gitlab-personal-access-token", $"GITLAB_TOKEN=glpat-{Of(Base64Url, 20)}", "glpat-" + Of(Base64Url, 20));
        yield return ("gitlab-deploy-token", $"password: gldt-{Of(Base64Url, 20)}", "gldt-" + Of(Base64Url, 20));
        yield return ("gitlab-runner-token", $"token = \"glrt-{Of(Base64Url, 20)}\"", "glrt-" + Of(Base64Url, 20));
        yield return ("gitlab-runner-registration-token", $"registration-token GR1348941{Of(Base64Url, 20)}", "GR1348941" + Of(Base64Url, 20));
        yield return ("gitlab-pipeline-trigger-token", $"curl -F token=glptt-{HexOf(40)} -F ref=main", "glptt-" + HexOf(40));
        yield return ("gitlab-feed-token", $"feed_token=glft-{Of(Base64Url, 20)}", "glft-" + Of(Base64Url, 20));
        yield return ("gitlab-oauth-application-secret", $"secret: gloas-{HexOf(64)}", "gloas-" + HexOf(64));
        yield return ("gitlab-scim-token", $"scim: glsoat-{Of(Base64Url, 20)}", "glsoat-" + Of(Base64Url, 20));
        var npm = ChecksummedToken("npm_", seed: 5);
        yield return ("npm-access-token", $"//registry.npmjs.org/:_authToken={npm}", npm);
        yield return ("nuget-api-key", $"dotnet nuget push x.nupkg --api-key oy2{Of(Lower + Digits, 43)}", "oy2" + Of(Lower + Digits, 43));
        yield return ("pypi-upload-token", $"password = pypi-AgEIcHlwaS5vcmc{Of(Base64Url, 70)}", "pypi-AgEIcHlwaS5vcmc" + Of(Base64Url, 70));
        yield return ("docker-hub-token", $"echo dckr_pat_{Of(Base64Url, 27)} | docker login", "dckr_pat_" + Of(Base64Url, 27));
        yield return ("atlassian-api-token", $"JIRA_TOKEN=ATATT3{Of(Base64Url, 186)}", "ATATT3" + Of(Base64Url, 186));
        var bot = $"xoxb-{Of(Digits, 12)}-{Of(Digits, 13)}-{Alphanumeric(24)}";
        yield return ("slack-bot-token", $"SLACK_BOT_TOKEN={bot}", bot);
        var user = $"xoxp-{Of(Digits, 12)}-{Of(Digits, 12, 2)}-{Of(Digits, 12, 3)}-{HexOf(32)}";
        yield return ("slack-user-token", $"slack_token: {user}", user);
        var app = $"xapp-1-{Of(Upper + Digits, 11)}-{Of(Digits, 13)}-{HexOf(64)}";
        yield return ("slack-app-token", $"SLACK_APP_TOKEN={app}", app);
        var legacy = $"xoxs-{Of(Digits, 10)}-{Of(Digits, 10, 2)}-{Of(Digits, 10, 3)}-{HexOf(32)}";
        yield return ("slack-legacy-token", $"token {legacy}", legacy);
        var slackHook = $"T{Of(Upper + Digits, 10)}/B{Of(Upper + Digits, 10, 2)}/{Alphanumeric(24)}";
        yield return ("slack-webhook-url", $"webhook: https://hooks.slack.com/services/{slackHook}", slackHook);
        yield return ("discord-webhook-url", $"url = \"https://discord.com/api/webhooks/{Of(Digits, 18)}/{Of(Base64Url, 68)}\"", Of(Base64Url, 68));
        var discordBot = $"M{Alphanumeric(23)}.{Of(Base64Url, 6)}.{Of(Base64Url, 27)}";
        yield return ("discord-bot-token", $"# discord bot\nclient.run(\"{discordBot}\")\n", discordBot);
        var telegram = $"{Of(Digits, 10)}:AA{Of(Base64Url, 33)}";
        yield return ("telegram-bot-token", $"bot = Bot(\"{telegram}\")", telegram);
        yield return ("stripe-secret-key", $"Stripe.api_key = 'sk_live_{Alphanumeric(24)}'", "sk_live_" + Alphanumeric(24));
        yield return ("stripe-restricted-key", $"STRIPE=rk_live_{Alphanumeric(24)}", "rk_live_" + Alphanumeric(24));
        yield return ("stripe-test-secret-key", $"STRIPE=sk_test_{Alphanumeric(24)}", "sk_test_" + Alphanumeric(24));
        yield return ("twilio-api-key", $"// Twilio client\nvar client = new TwilioClient(\"SK{HexOf(32)}\", apiSecret);\n", "SK" + HexOf(32));
        yield return ("twilio-auth-token", $"TWILIO_ACCOUNT_SID=AC{HexOf(32)}\nTWILIO_AUTH_TOKEN={HexOf(32, 2)}\n", HexOf(32, 2));
        var sendgrid = $"SG.{Of(Base64Url, 22)}.{Of(Base64Url, 43)}";
        yield return ("sendgrid-api-key", $"SENDGRID_API_KEY='{sendgrid}'", sendgrid);
        yield return ("mailgun-api-key", $"auth=('api', 'key-{HexOf(32)}')", "key-" + HexOf(32));
        yield return ("mailchimp-api-key", $"mailchimp.setConfig({{ apiKey: '{HexOf(32)}-us14' }})", HexOf(32) + "-us14");
        yield return ("shopify-access-token", $"X-Shopify-Access-Token: shpat_{HexOf(32)}", "shpat_" + HexOf(32));
        yield return ("shopify-shared-secret", $"SHOPIFY_SECRET=shpss_{HexOf(32)}", "shpss_" + HexOf(32));
        var openai = $"sk-proj-{Of(Base64Url, 40)}T3BlbkFJ{Of(Base64Url, 40, 2)}";
        yield return ("openai-api-key", $"OPENAI_API_KEY={openai}", openai);
        var anthropic = $"sk-ant-api03-{Of(Base64Url, 93)}AA";
        yield return ("anthropic-api-key", $"ANTHROPIC_API_KEY={anthropic}", anthropic);
        yield return ("hashicorp-vault-token", $"VAULT_TOKEN=hvs.{Of(Base64Url, 95)}", "hvs." + Of(Base64Url, 95));
        var tfc = $"{Alphanumeric(14)}.atlasv1.{Of(Base64Url, 67)}";
        yield return ("terraform-cloud-token", $"credentials \"app.terraform.io\" {{ token = \"{tfc}\" }}", tfc);
        yield return ("doppler-token", $"DOPPLER_TOKEN=dp.st.{Alphanumeric(43)}", "dp.st." + Alphanumeric(43));
        yield return ("linear-api-key", $"LINEAR=lin_api_{Alphanumeric(40)}", "lin_api_" + Alphanumeric(40));
        yield return ("postman-api-key", $"x-api-key: PMAK-{HexOf(24)}-{HexOf(34)}", $"PMAK-{HexOf(24)}-{HexOf(34)}");
        yield return ("grafana-cloud-token", $"GRAFANA=glc_{Of(Base64, 80)}", "glc_" + Of(Base64, 80));
        yield return ("grafana-service-account-token", $"GRAFANA=glsa_{Alphanumeric(32)}_{HexOf(8)}", $"glsa_{Alphanumeric(32)}_{HexOf(8)}");
        yield return ("huggingface-token", $"HF_TOKEN=hf_{Of(Upper + Lower, 34)}", "hf_" + Of(Upper + Lower, 34));
        yield return ("sentry-org-token", $"SENTRY_AUTH_TOKEN=sntrys_eyJ{Of(Base64, 80)}", "sntrys_eyJ" + Of(Base64, 80));
        yield return ("sentry-user-token", $"SENTRY_AUTH_TOKEN=sntryu_{HexOf(64)}", "sntryu_" + HexOf(64));
        yield return ("pulumi-access-token", $"PULUMI_ACCESS_TOKEN=pul-{HexOf(40)}", "pul-" + HexOf(40));
        yield return ("new-relic-user-api-key", $"NEW_RELIC=NRAK-{Of(Upper + Digits, 27)}", "NRAK-" + Of(Upper + Digits, 27));
        var age = "AGE-SECRET-KEY-1" + Of("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58);
        yield return ("age-secret-key", $"# created: 2024\n{age}\n", age);
        foreach (var (rule, label) in PemLabels)
        {
            var pem = Pem(label);
            yield return (rule, pem, pem[(label.Length + 16)..pem.IndexOf("-----END", StringComparison.Ordinal)]);
        }

        var escaped = Pem("RSA PRIVATE KEY", newline: "\\n");
        yield return ("private-key-rsa", $"const key = \"{escaped}\";", escaped[30..escaped.IndexOf("-----END", StringComparison.Ordinal)]);
        var encrypted = Pem("ENCRYPTED PRIVATE KEY", 3);
        yield return ("private-key-encrypted", encrypted, encrypted[38..encrypted.IndexOf("-----END", StringComparison.Ordinal)]);
        var legacyEncrypted = Pem("RSA PRIVATE KEY", 4, headers: $"Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,{HexOf(32).ToUpperInvariant()}\n\n");
        yield return ("private-key-encrypted", legacyEncrypted, legacyEncrypted[31..legacyEncrypted.IndexOf("-----END", StringComparison.Ordinal)]);
        var pgp = $"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{Of(Base64, 64)}\n{Of(Base64, 64, 2)}\n={Of(Base64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----\n";
        yield return ("private-key-pgp", pgp, Of(Base64, 64));
        var putty = $"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: fake-key\nPublic-Lines: 2\n{Of(Base64, 64)}\n{Of(Base64, 20)}\nPrivate-Lines: 1\n{Of(Base64, 44, 2)}\nPrivate-MAC: {HexOf(64)}\n";
        yield return ("private-key-putty", putty, Of(Base64, 44, 2));
        var jwt = $"{Base64UrlJson("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")}.{Base64UrlJson("{\"sub\":\"1234567890\",\"name\":\"Fake User\",\"iat\":1516239022}")}.{Of(Base64Url, 43)}";
        yield return ("jwt", $"Authorization: Bearer {jwt}", jwt);
        yield return ("connection-string-password", $"\"Server=tcp:db.internal,1433;Database=app;User Id=app;Password={Alphanumeric(16)};Encrypt=true\"", Alphanumeric(16));
        yield return ("connection-string-password", $"Host=db;Username=app;Password={Alphanumeric(16, 2)};Database=app", Alphanumeric(16, 2));
        yield return ("connection-string-password", $"Pwd={Alphanumeric(16, 3)};Server=db;Uid=app;", Alphanumeric(16, 3));
        yield return ("database-url-credentials", $"DATABASE_URL=postgres://app:{Alphanumeric(16)}@db.internal:5432/app", Alphanumeric(16));
        yield return ("database-url-credentials", $"mongo: \"mongodb+srv://app:{Alphanumeric(16, 2)}@cluster0.fake.mongodb.net/db\"", Alphanumeric(16, 2));
        yield return ("database-url-credentials", $"REDIS_URL=redis://default:{Alphanumeric(16, 3)}@cache:6379/0", Alphanumeric(16, 3));
        yield return ("database-url-credentials", $"amqp://guest:{Alphanumeric(16, 4)}@rabbit:5672/", Alphanumeric(16, 4));
        yield return ("database-url-credentials", $"jdbc:mysql://app:{Alphanumeric(16, 5)}@db:3306/app", Alphanumeric(16, 5));
        yield return ("url-credentials", $"git clone https://deploy:{Alphanumeric(16)}@git.internal.test/repo.git", Alphanumeric(16));
        yield return ("default-password", "db_password: changeme\n", "changeme");
        yield return ("default-password", "ADMIN_PASSWORD=\"P@ssw0rd\"", "P@ssw0rd");
        yield return ("generic-secret", $"api_key = \"{Alphanumeric(32)}\"", Alphanumeric(32));
        yield return ("generic-secret", $"client_secret: {Of(Alnum + "-_.~", 34)}", Of(Alnum + "-_.~", 34));
        yield return ("generic-secret", $"  <add key=\"SmtpPassword\" value=\"x\" />\n  \"password\": \"Tr0ub4dor&3x!\",", "Tr0ub4dor&3x!");
        yield return ("generic-secret", $"export SERVICE_TOKEN={Alphanumeric(40, 9)}", Alphanumeric(40, 9));
    }

    /// <summary>(rule id that must not fire, text): wrong prefix, too short, wrong alphabet, placeholders, look-alikes.</summary>
    public static IEnumerable<(string Rule, string Text)> NearMisses()
    {
        yield return ("aws-access-key-id", $"AKIA{Of(Upper, 15)} is too short");
        yield return ("aws-access-key-id", $"AKIA{Of(Lower, 16)} is lower case");
        yield return ("aws-access-key-id", $"AKIB{Of(Upper, 16)} has the wrong prefix");
        yield return ("aws-secret-access-key", $"aws_secret_access_key = {Of(Lower, 40)}");
        yield return ("aws-secret-access-key", "aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}");
        yield return ("gcp-service-account-key", $"{{\"type\": \"authorized_user\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n{Of(Base64, 64)}\\n-----END PRIVATE KEY-----\\n\"}}");
        yield return ("gcp-api-key", $"AIza{Of(Base64Url, 30)}");
        yield return ("gcp-api-key", $"AIzb{Of(Base64Url, 35)}");
        yield return ("google-oauth-client-secret", $"GOCSPX-{Of(Base64Url, 20)}");
        yield return ("azure-storage-account-key", $"AccountKey={Of(Base64, 40)}==");
        yield return ("azure-storage-account-key", "AccountKey=<your-account-key>");
        yield return ("azure-shared-access-key", "SharedAccessKey={key}");
        yield return ("azure-sas-token", $"https://fake.blob.core.windows.net/c?sv=2021-06-08&sig=short");
        yield return ("azure-ad-client-secret", $"abc8Q~{Of(Alnum, 10)}");
        yield return ("alibaba-access-key-id", $"LTAI{Of(Alnum, 10)}");
        yield return ("digitalocean-personal-access-token", $"dop_v1_{Of(Upper, 64)}");
        yield return ("digitalocean-oauth-token", $"doo_v1_{HexOf(60)}");
        yield return ("digitalocean-refresh-token", $"dor_v2_{HexOf(64)}");
        yield return ("stripe-restricted-key", $"rk_live_{Alphanumeric(12)}");
        yield return ("heroku-api-key", $"HRKU-{Of(Base64Url, 20)}");
        yield return ("heroku-legacy-api-key", $"request_id = {Guid.Parse("6f1c2c4e-0f4a-4e7b-9d3e-2a5b8c9d0e1f")}");
        yield return ("databricks-token", $"dapi{Of(Upper, 32)}");
        foreach (var (rule, prefix) in GitHubClassic)
        {
            yield return (rule, $"{prefix}{Alphanumeric(35)}");
            yield return (rule, $"{prefix}{Alphanumeric(37)}");
        }

        yield return ("github-personal-access-token", $"ghx_{Alphanumeric(36)}");
        yield return ("github-fine-grained-token", $"github_pat_{Alphanumeric(22)}{Alphanumeric(59)}");
        yield return ("gitlab-personal-access-token", $"glpat-{Of(Base64Url, 10)}");
        yield return ("gitlab-deploy-token", $"gldt-{Of(Base64Url, 10)}");
        yield return ("gitlab-runner-token", $"glrt-{Of(Base64Url, 10)}");
        yield return ("gitlab-runner-registration-token", $"GR1348941{Of(Base64Url, 10)}");
        yield return ("gitlab-pipeline-trigger-token", $"glptt-{Of(Upper, 40)}");
        yield return ("gitlab-feed-token", $"glft-{Of(Base64Url, 10)}");
        yield return ("gitlab-oauth-application-secret", $"gloas-{HexOf(40)}");
        yield return ("gitlab-scim-token", $"glsoat-{Of(Base64Url, 10)}");
        yield return ("npm-access-token", $"npm_{Alphanumeric(35)}");
        yield return ("npm-access-token", "npm_config_registry=https://registry.npmjs.org/");
        yield return ("nuget-api-key", $"oy2{Of(Upper, 43)}");
        yield return ("pypi-upload-token", $"pypi-AgEIcHlwaS5vcmc{Of(Base64Url, 20)}");
        yield return ("pypi-upload-token", $"pypi-XgEIcHlwaS5vcmc{Of(Base64Url, 70)}");
        yield return ("docker-hub-token", $"dckr_pat_{Of(Base64Url, 10)}");
        yield return ("atlassian-api-token", $"ATATT3{Of(Base64Url, 40)}");
        yield return ("slack-bot-token", $"xoxb-{Of(Digits, 12)}-{Alphanumeric(24)}");
        yield return ("slack-user-token", $"xoxp-{Of(Digits, 12)}-{Of(Digits, 12)}-{HexOf(32)}");
        yield return ("slack-app-token", $"xapp-1-{Of(Upper, 11)}-{Of(Digits, 13)}-{HexOf(10)}");
        yield return ("slack-legacy-token", $"xoxs-{Of(Digits, 10)}-{HexOf(32)}");
        yield return ("slack-webhook-url", "https://hooks.slack.com/services/T000/B000/XXXX");
        yield return ("discord-webhook-url", $"https://discord.com/api/webhooks/{Of(Digits, 18)}/short");
        yield return ("discord-bot-token", $"client.run(\"M{Alphanumeric(23)}.{Of(Base64Url, 6)}.{Of(Base64Url, 27)}\")");
        yield return ("telegram-bot-token", $"{Of(Digits, 10)}:AB{Of(Base64Url, 33)}");
        yield return ("telegram-bot-token", $"{Of(Digits, 10)}:AA{Of(Base64Url, 20)}");
        yield return ("stripe-secret-key", $"sk_live_{Alphanumeric(10)}");
        yield return ("stripe-secret-key", $"pk_live_{Alphanumeric(24)}");
        yield return ("stripe-test-secret-key", $"pk_test_{Alphanumeric(24)}");
        yield return ("twilio-api-key", $"var sid = \"SK{HexOf(32)}\";");
        yield return ("twilio-auth-token", $"// twilio\nauth_token = \"{Of(Upper, 32)}XYZ\"");
        yield return ("sendgrid-api-key", $"SG.{Of(Base64Url, 22)}.{Of(Base64Url, 20)}");
        yield return ("sendgrid-api-key", "msg.send(to, from)");
        yield return ("mailgun-api-key", $"key-{HexOf(31)}");
        yield return ("mailchimp-api-key", $"{HexOf(31)}-us14");
        yield return ("shopify-access-token", $"shpat_{Of(Lower, 32)}");
        yield return ("shopify-shared-secret", $"shpss_{HexOf(20)}");
        yield return ("openai-api-key", $"sk-{Of(Base64Url, 48)}");
        yield return ("anthropic-api-key", $"sk-ant-api03-{Of(Base64Url, 20)}");
        yield return ("hashicorp-vault-token", $"hvs.{Of(Base64Url, 24)}");
        yield return ("terraform-cloud-token", $"{Alphanumeric(14)}.atlasv2.{Of(Base64Url, 67)}");
        yield return ("doppler-token", $"dp.xx.{Alphanumeric(43)}");
        yield return ("linear-api-key", $"lin_api_{Alphanumeric(20)}");
        yield return ("postman-api-key", $"PMAK-{HexOf(24)}");
        yield return ("grafana-cloud-token", $"glc_{Of(Base64, 10)}");
        yield return ("grafana-service-account-token", $"glsa_{Alphanumeric(32)}");
        yield return ("huggingface-token", $"hf_{Of(Digits, 34)}");
        yield return ("sentry-org-token", $"sntrys_{Of(Base64, 20)}");
        yield return ("sentry-user-token", $"sntryu_{HexOf(20)}");
        yield return ("pulumi-access-token", $"pul-{HexOf(20)}");
        yield return ("new-relic-user-api-key", $"NRAK-{Of(Lower, 27)}");
        yield return ("age-secret-key", $"AGE-SECRET-KEY-1{Of(Lower, 58)}");
        foreach (var (rule, label) in PemLabels)
        {
            yield return (rule, $"private const string Header = \"-----BEGIN {label}-----\";");
            yield return (rule, $"-----BEGIN {label}-----\n...\n-----END {label}-----");
        }

        yield return ("private-key-pkcs8", Pem("PUBLIC KEY"));
        yield return ("private-key-rsa", Pem("RSA PUBLIC KEY"));
        yield return ("private-key-encrypted", Pem("RSA PRIVATE KEY"));
        yield return ("private-key-pgp", $"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n{Of(Base64, 64)}\n-----END PGP PUBLIC KEY BLOCK-----\n");
        yield return ("private-key-putty", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n");
        yield return ("jwt", $"{Base64UrlJson("{\"typ\":\"JWT\"}")}.{Base64UrlJson("{\"sub\":\"1\"}")}.{Of(Base64Url, 43)}");
        yield return ("jwt", $"eyJ{Of(Alnum, 20)}.eyJ{Of(Alnum, 20)}.{Of(Alnum, 20)}");
        yield return ("connection-string-password", "Server=db;Database=app;User Id=app;Password=;");
        yield return ("connection-string-password", "Server=db;Database=app;User Id=app;Password={0};");
        yield return ("connection-string-password", "Server=db;Database=app;User Id=app;Password=${DB_PASSWORD};");
        yield return ("connection-string-password", "Server=db;Database=app;Uid=app;Pwd=%DB_PWD%;");
        yield return ("connection-string-password", "Server=db;Database=app;Integrated Security=true;");
        yield return ("database-url-credentials", "postgres://app:${PGPASSWORD}@db/app");
        yield return ("database-url-credentials", "postgres://user:password@localhost/db");
        yield return ("database-url-credentials", "postgres://db.internal:5432/app");
        yield return ("url-credentials", "https://user:password@example.com/");
        yield return ("url-credentials", "https://example.com:8443/path@foo");
        yield return ("url-credentials", "https://x-access-token:${{ secrets.GITHUB_TOKEN }}@github.com/o/r");
        yield return ("default-password", "db_password: ${DB_PASSWORD}");
        yield return ("default-password", "password_field: password");
        foreach (var text in GenericNearMisses())
        {
            yield return ("generic-secret", text);
        }
    }

    /// <summary>Texts on which no rule at all may fire.</summary>
    public static IEnumerable<string> GenericNearMisses()
    {
        yield return "api_key = \"${API_KEY}\"";
        yield return "password = \"{{ .Values.db.password }}\"";
        yield return "token = \"<your-token-here>\"";
        yield return "secret = \"xxxxxxxxxxxxxxxxxxxx\"";
        yield return "password: \"********\"";
        yield return "password = \"\"";
        yield return "token = os.environ[\"GITHUB_TOKEN\"]";
        yield return "const apiKey = process.env.API_KEY;";
        yield return "var password = Environment.GetEnvironmentVariable(\"DB_PASSWORD\");";
        yield return "password = getpass.getpass()";
        yield return "if (password == \"hunter2hunter2\") { }";
        yield return "token_type = \"bearer_token_v2\"";
        yield return "password_field = \"passwordConfirmation1\"";
        yield return "secret_name = \"prod-db-credentials-2024\"";
        yield return $"token = \"{Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")}\"";
        yield return $"commit_token: {HexOf(40, 11)}";
        yield return $"icon_token = \"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk{Of(Base64, 40)}\"";
        yield return $"image = \"data:image/png;base64,iVBORw0KGgo{Of(Base64, 200)}==\"";
        yield return "password = \"correct horse battery staple\"";
        yield return "token_version = \"1.2.3\"";
        yield return "\"tokenizer\": \"bert-base-uncased\"";
        yield return "SECRET_KEY_FILE=/run/secrets/app_key";
        yield return "access_key: !Ref AccessKeyParameter";
        yield return $"sha = \"{HexOf(40, 12)}\"";
        yield return $"id = \"{Guid.Parse("9b2c7c1e-5a8b-4f9a-8f0d-1c2b3a4d5e6f")}\"";
    }

    public static readonly (string Rule, string Prefix)[] GitHubClassic =
    [
        ("github-personal-access-token", "ghp_"),
        ("github-oauth-token", "gho_"),
        ("github-user-to-server-token", "ghu_"),
        ("github-server-to-server-token", "ghs_"),
        ("github-refresh-token", "ghr_"),
    ];

    private static readonly (string Rule, string Label)[] PemLabels =
    [
        ("private-key-rsa", "RSA PRIVATE KEY"),
        ("private-key-ec", "EC PRIVATE KEY"),
        ("private-key-dsa", "DSA PRIVATE KEY"),
        ("private-key-pkcs8", "PRIVATE KEY"),
        ("private-key-openssh", "OPENSSH PRIVATE KEY"),
    ];
}
