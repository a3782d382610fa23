using System.Threading.RateLimiting;
using CodeAssure.Catalog;
using CodeAssure.Data;
using CodeAssure.Data.Audit;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Api;
using CodeAssure.Web.Attestations;
using CodeAssure.Web.Disclosure;
using CodeAssure.Web.Evidence;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Organisations;
using CodeAssure.Web.Products;
using CodeAssure.Web.Security;
using CodeAssure.Web.Setup;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web;

/// <summary>
/// The server's entry point, shared by <c>codeassure serve</c> and <c>dotnet run --project src/CodeAssure.Web</c>:
/// migrates the database, prints the first-run setup link if nobody has an account yet, and serves.
/// </summary>
public static class CodeAssureServer
{
    /// <summary>The rate limiter policy on sign-in, MFA and setup forms.</summary>
    internal const string SignInRateLimit = "sign-in";

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled (or the process is asked to stop).</summary>
    public static async Task RunAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        await using var server = await StartAsync(options, cancellationToken).ConfigureAwait(false);
        await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the server and returns once it listens, with the addresses it listens on.</summary>
    public static async Task<RunningServer> StartAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var console = options.Console ?? System.Console.Out;
        var dataDirectory = Path.GetFullPath(options.DataDirectory ?? ServerOptions.DefaultDataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var database = options.ConnectionString is { Length: > 0 } connection
            ? DatabaseSettings.Parse(connection)
            : DatabaseSettings.ForDataDirectory(dataDirectory);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Pages are compiled into this assembly; naming it keeps them found when the CLI is the entry program.
            ApplicationName = typeof(CodeAssureServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.WebHost.UseKestrel(k => k.AddServerHeader = false);
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // Keys at rest are unencrypted by design in the data folder (docs/server.md says how to protect it).
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        }

        ConfigureServices(builder.Services, options, database, dataDirectory);
        builder.Services.AddNotifications(builder.Configuration);
        Suppliers.SupplierServices.AddSuppliers(builder.Services, builder.Configuration);
        builder.Services.AddSingleton(DisclosureSettings.From(builder.Configuration));
        builder.Services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<DisclosureSettings>(DisclosureRateLimits.Configure);
        var app = builder.Build();
        ConfigurePipeline(app);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CodeAssureDbContext>();
            await CodeAssureDatabase.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.ToList();
        var baseAddress = new Uri(addresses[0].Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal));
        await console.WriteLineAsync($"CodeAssure server listening on {string.Join(", ", addresses)} ({database.Provider}; data: {dataDirectory})").ConfigureAwait(false);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var setup = scope.ServiceProvider.GetRequiredService<SetupTokenService>();
            if (await setup.IssueIfNoAccountsAsync(cancellationToken).ConfigureAwait(false) is { } token)
            {
                var link = new Uri(baseAddress, "/setup?token=" + Uri.EscapeDataString(token));
                await console.WriteLineAsync($"First run: open {link} to create the first administrator (the link works once).").ConfigureAwait(false);
            }
        }

        await console.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new RunningServer(app, baseAddress);
    }

    private static void ConfigureServices(IServiceCollection services, ServerOptions options, DatabaseSettings database, string dataDirectory)
    {
        services.AddSingleton(options.Time);
        services.AddSingleton(CodeCatalog.LoadEmbedded());
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActorSource, HttpAuditActorSource>();
        services.AddCodeAssureDatabase(database);
        services.AddDataProtection()
            .SetApplicationName("CodeAssure")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CodeAssureDbContext>()
            .AddDefaultTokenProviders();

        var secure = CookieSecurity.PolicyFor(options.Urls);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "codeassure";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = c => ApiAwareRedirect(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiAwareRedirect(c, StatusCodes.Status403Forbidden);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "codeassure-af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
        });
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(ApiAuthentication.SchemeName, "API token or session cookie", o =>
                o.ForwardDefaultSelector = c => ApiAuthentication.HasBearer(c) ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme);
        services.AddAuthorization();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, c => RateLimitPartition.GetFixedWindowLimiter(
                c.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // No stack traces or exception text leave the server; a trace id lets an operator find the log line.
            c.ProblemDetails.Extensions.Remove("exception");
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = EvidenceService.MaxBundleBytes);
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Setup");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/LoginMfa");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
            o.Conventions.AllowAnonymousToPage("/Error");
            // The trust portal decides visibility itself (PortalAccess): public, or customers and members only.
            o.Conventions.AllowAnonymousToFolder("/Trust");
            // A vendor answers a questionnaire through its link alone (Questionnaires/QuestionnaireService).
            o.Conventions.AllowAnonymousToFolder("/Questionnaire");
        }).AddMvcOptions(o =>
        {
            o.Filters.Add<OrganisationPageFilter>();
            o.Filters.Add<Trust.PortalLayoutFilter>();
        });

        services.AddScoped<SetupTokenService>();
        services.AddScoped<TenantResolver>();
        services.AddScoped<CallerLookup>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<ProductService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<EvidenceService>();
        services.AddScoped<Assessments.AssessmentService>();
        services.AddSingleton<Assessments.ParsedAssessments>();
        services.AddScoped<Assessments.DashboardService>();
        services.AddSingleton<Assessments.DashboardCache>();
        services.AddScoped<MfaRequirement>();
        services.AddScoped<Trust.PortalAccess>();
        services.AddScoped<Notifications.NotificationQueue>();
        services.AddScoped<Questionnaires.QuestionnaireService>();
        services.AddScoped<Trust.PortalService>(); services.AddSingleton<Trust.PortalStamps>(); services.AddSingleton<Trust.PortalPageStore>();
        Monitoring.MonitoringServices.AddMonitoring(services, options.Monitoring, dataDirectory);
        services.AddScoped<Lifecycle.SupportService>();
        services.AddScoped<Lifecycle.IncidentService>();
        services.AddScoped<Lifecycle.SupportLifecycleDocument>();
        services.AddScoped<Triage.FindingService>();
        services.AddScoped<Triage.ExploitabilityImport>();
        services.AddScoped<Triage.OverdueNotifier>();
        services.AddHostedService<Triage.OverdueNotificationService>();
        services.AddAttestations();
        services.AddScoped<Advisories.AdvisoryService>();
        services.AddScoped<Advisories.ReleaseVexService>();
        services.AddScoped<DisclosurePolicyService>();
        services.AddScoped<DisclosureReportService>();
        services.AddSingleton<ReportFormStamp>();
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // The API answers errors with problem details; pages re-render as a readable error page with the same status.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        });
        app.UseMiddleware<Trust.PortalPageCache>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<MfaEnforcementMiddleware>();

        app.MapGet("/health", HealthEndpoint.CheckAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/css/site.css", StyleSheet.Serve).AllowAnonymous().ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapCodeAssureApi();
        Monitoring.MonitoringApi.MapMonitoringApi(app);
        Lifecycle.LifecycleApi.MapLifecycleApi(app);
        app.MapNotificationEndpoints();
        Triage.TriageApi.MapTriageApi(app);
        app.MapAttestationEndpoints();
        Suppliers.SupplierApi.MapSupplierApi(app);
        Advisories.AdvisoriesApi.MapAdvisoriesApi(app);
        Advisories.CsafProviderEndpoints.MapCsafProvider(app);
        Trust.IncidentsJsonEndpoint.MapIncidentsJson(app);
        Suppliers.SupplierAlertsFeedEndpoint.MapSupplierAlertsFeed(app);
        app.MapDisclosureEndpoints();
        app.MapRazorPages();
        app.MapFallback(c =>
        {
            c.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ||
        context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase) ||
        context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
