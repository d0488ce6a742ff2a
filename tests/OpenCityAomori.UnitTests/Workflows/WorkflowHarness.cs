using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Core.Time;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Notifications.Activities;
using OpenCityAomori.Modules.Workflows;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Engine;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.Workflows;

/// <summary>The engine on a real SQLite file with a fake clock; e-mails and notifications are recorded.</summary>
internal sealed class WorkflowHarness : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"oca-wf-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider provider;

    public WorkflowHarness(Action<IServiceCollection>? configure = null, Dictionary<string, string?>? settings = null)
    {
        var connectionString = $"Data Source={path};Default Timeout=30";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddScoped<AmbientTransaction>();
        services.AddSingleton(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connectionString }));
        services.AddDbContext<WorkflowsDbContext>(o => o.UseSqlite(connectionString).UseSqlitePolicies());
        services.Configure<WorkflowOptions>(configuration.GetSection("Workflows"));
        services.AddSingleton<IEmailOutbox>(Outbox);
        services.AddSingleton<INotificationSender>(Notifications);
        services.AddSingleton<IPermissionChecker, DefaultGrantsChecker>();
        services.AddSingleton<IFeatureManager>(Features);
        services.AddSingleton<IUserDirectory, EmptyDirectory>();
        services.AddSingleton<ISiteSettingsService>(new DefaultSiteSettings());
        services.AddSingleton<IBusinessCalendar, DefaultBusinessCalendar>();
        services.AddSingleton<IWorkflowActivity, SendEmailActivity>();
        services.AddSingleton<IWorkflowActivity, NotifyActivity>();
        WorkflowsModule.AddEngine(services);
        configure?.Invoke(services);
        provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Database.Migrate();
    }

    /// <summary>Wednesday 1 April 2026, 09:00 in Japan: durations in days count business days from here (Saturday is 4 April).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));

    public TestFeatures Features { get; } = new();

    public RecordingOutbox Outbox { get; } = new();

    public RecordingNotifications Notifications { get; } = new();

    public IServiceProvider Services => provider;

    public static ClaimsPrincipal User(string name, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.NameIdentifier, "id-" + name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    public static ClaimsPrincipal Admin => User("admin", RoleNames.Administrator);

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = provider.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Creates and publishes a definition; fails the test when the store refuses it.</summary>
    public Task DeployAsync(string name, string xml) => WithAsync(async sp =>
    {
        var store = sp.GetRequiredService<WorkflowDefinitionStore>();
        var result = await store.ImportAsync(name, name, name, xml, "tester", publish: true);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems) + result.Error?.En);
        return true;
    });

    public Task<WorkflowEventResult> PublishAsync(string eventName, string businessKey, Dictionary<string, string?>? data = null, string? eventId = null) =>
        WithAsync(sp => sp.GetRequiredService<IWorkflowEventPublisher>().PublishAsync(new WorkflowEvent(eventName, businessKey, eventId ?? Guid.NewGuid().ToString(), data ?? [])));

    public Task<InstanceDetail> InstanceAsync(Guid id) =>
        WithAsync(async sp => await sp.GetRequiredService<WorkflowInstanceQuery>().GetAsync(id) ?? throw new InvalidOperationException("no instance"));

    public async Task<WorkflowTask> OpenTaskAsync(Guid instanceId, string elementId)
    {
        var detail = await InstanceAsync(instanceId);
        return Assert.Single(detail.Tasks, t => t.ElementId == elementId && t.Status == WorkflowTaskStatus.Open);
    }

    public Task<TaskCompletionResult> CompleteAsync(Guid taskId, string outcome, string? comment = null, ClaimsPrincipal? user = null) =>
        WithAsync(sp => sp.GetRequiredService<WorkflowTaskService>().CompleteAsync(taskId, outcome, comment, user ?? Admin));

    /// <summary>Moves the fake clock and fires what became due, as the poller would.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return await WithAsync(sp => provider.GetRequiredService<TimerPoller>().FireDueAsync(sp, CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}

internal sealed class RecordingOutbox : IEmailOutbox
{
    public List<EmailMessage> Sent { get; } = [];

    public Task<Guid> EnqueueAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        if (message.To.Count == 0 || message.To.Any(t => !t.Contains('@', StringComparison.Ordinal)))
        {
            throw new ArgumentException("Not an e-mail address: " + string.Join(",", message.To));
        }

        lock (Sent)
        {
            Sent.Add(message);
        }

        return Task.FromResult(Guid.NewGuid());
    }
}

internal sealed class RecordingNotifications : INotificationSender
{
    public List<NotificationRequest> Sent { get; } = [];

    public Task<int> NotifyAsync(NotificationRequest request, CancellationToken cancellationToken = default)
    {
        lock (Sent)
        {
            Sent.Add(request);
        }

        return Task.FromResult(1);
    }
}

/// <summary>Permissions as the module grants them to the built-in roles by default.</summary>
internal sealed class DefaultGrantsChecker : IPermissionChecker
{
    private static readonly Permissions Grants = new();

    public Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) => HasAsync(user, permission.Name);

    public Task<bool> HasAsync(ClaimsPrincipal user, string permissionName) =>
        Task.FromResult(Grants.GetDefaultGrants().Any(g => user.IsInRole(g.RoleName) && g.Permissions.Any(p => p.Name == permissionName)));
}

/// <summary>The settings of a site nobody has configured yet.</summary>
internal sealed class DefaultSiteSettings : ISiteSettingsService
{
    public ValueTask<SiteSettings> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(SiteSettings.Empty);

    public Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
