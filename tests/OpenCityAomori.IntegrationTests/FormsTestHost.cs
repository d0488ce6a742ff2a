using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// The real host with the Aomori recipe (so the seeded contact form), plus test doubles for what other
/// modules provide: an e-mail outbox and a workflow event publisher that record what they receive
/// (the publisher can be told to fail), and a module template with a locked field.
/// </summary>
public sealed partial class FormsTestHost : IAsyncDisposable
{
    private FormsTestHost(TestDatabase database, OcaAppFactory factory, RecordingOutbox outbox, RecordingPublisher publisher)
    {
        Database = database;
        Factory = factory;
        Outbox = outbox;
        Publisher = publisher;
    }

    public TestDatabase Database { get; }

    public OcaAppFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public RecordingOutbox Outbox { get; }

    public RecordingPublisher Publisher { get; }

    public static async Task<FormsTestHost> StartAsync(string provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider, DatabaseContent.AomoriSite);
        RecordingOutbox outbox = new();
        RecordingPublisher publisher = new();
        var factory = new OcaAppFactory(database, settings: settings, testServices: s =>
        {
            s.AddSingleton<IEmailOutbox>(outbox);
            s.AddSingleton<IWorkflowEventPublisher>(publisher);
            s.AddSingleton<IFormTemplateProvider, TestTemplates>();
        });
        _ = factory.Server;
        return new FormsTestHost(database, factory, outbox, publisher);
    }

    public StaffClient NewClient() => Factory.NewClient();

    public Task<StaffClient> AdminClientAsync() => Factory.AdminClientAsync();

    internal async Task<List<FormSubmission>> SubmissionsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FormsDbContext>().Submissions.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
    }

    internal async Task<T> WithDbAsync<T>(Func<FormsDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FormsDbContext>());
    }

    /// <summary>Loads the page, takes its antiforgery token and posts the fields (and files) as multipart, as the form does.</summary>
    public static Task<HttpResponseMessage> PostMultipartAsync(StaffClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, params (string Name, string FileName, byte[] Bytes)[] files) =>
        client.PostMultipartAsync(page, page, fields, files);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }


    public sealed class RecordingOutbox : IEmailOutbox
    {
        public ConcurrentQueue<EmailMessage> Messages { get; } = new();

        public Task<Guid> EnqueueAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            Messages.Enqueue(message);
            return Task.FromResult(Guid.NewGuid());
        }
    }

    public sealed class RecordingPublisher : IWorkflowEventPublisher
    {
        public ConcurrentQueue<WorkflowEvent> Events { get; } = new();

        public bool Fail { get; set; }

        public Task<WorkflowEventResult> PublishAsync(WorkflowEvent workflowEvent, CancellationToken cancellationToken = default)
        {
            if (Fail)
            {
                throw new InvalidOperationException("The workflow engine is down (test).");
            }

            Events.Enqueue(workflowEvent);
            return Task.FromResult(new WorkflowEventResult([], [], false));
        }
    }

    private sealed class TestTemplates : IFormTemplateProvider
    {
        public IEnumerable<LockedFormTemplate> Templates =>
        [
            new("application", new("申請", "Application"), "/apply", [new FormFieldTemplate("title", FormFieldKind.Text, new("提案名", "Proposal title"), true, MaxLength: 100)]),
        ];
    }
}
