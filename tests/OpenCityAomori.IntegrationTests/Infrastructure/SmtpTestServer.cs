using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1 (a free port) that keeps what it receives, for tests of e-mail
/// delivery. It can refuse messages (<see cref="RefuseWith"/>: 451 = try later, 554 = rejected) or be
/// stopped and started again on the same port to play a mail server that is down.
/// <code>
/// await using var smtp = await SmtpTestServer.StartAsync();
/// await using var host = await TestHost.StartAsync(provider, settings: smtp.HostSettings());
/// // ... something enqueues an e-mail (IEmailOutbox) ...
/// var mail = await smtp.WaitForMessageAsync(m => m.To.Contains("desk@example.jp"));
/// Assert.Equal("お問い合わせ", mail.Subject);
/// </code>
/// <see cref="HostSettings"/> gives Email:Smtp:Host/Port/Security=None, Email:From and a short
/// Email:PollSeconds (and retry base) so tests do not wait; pass extra keys to override them.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedEmail> _messages = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _running;
    private Task? _runTask;

    private SmtpTestServer(int port) => Port = port;

    public int Port { get; }

    public string Host => "127.0.0.1";

    /// <summary>When set, every message is answered with this code (e.g. 451, 554) instead of 250.</summary>
    public int? RefuseWith { get; set; }

    public bool IsRunning => _server is not null;

    /// <summary>Messages accepted so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedEmail> Messages => _messages.ToArray();

    /// <summary>How many times a client reached the DATA stage (accepted or refused).</summary>
    public int DeliveryAttempts => _attempts;

    private int _attempts;

    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = new SmtpTestServer(FreePort());
        await server.StartListeningAsync();
        return server;
    }

    /// <summary>Settings that point a test host's outbox at this server (poll every 0.2 s, retry after 0.5 s, 1 s, ...).</summary>
    public Dictionary<string, string> HostSettings(IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Email:Smtp:Host"] = Host,
            ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:From"] = "noreply@aomori.example.jp",
            ["Email:FromName"] = "公民連携デスク",
            ["Email:PollSeconds"] = "0.2",
            ["Email:RetryBaseSeconds"] = "0.5",
            ["Email:RetryMaxSeconds"] = "2",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Starts listening again (after <see cref="StopAsync"/>) on the same port.</summary>
    public Task StartListeningAsync()
    {
        if (_server is not null)
        {
            return Task.CompletedTask;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = new CancellationTokenSource();
        _runTask = _server.StartAsync(_running.Token);
        return WaitUntilListeningAsync();
    }

    /// <summary>Stops listening: clients get "connection refused" until <see cref="StartListeningAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Shutdown();
        await _running!.CancelAsync();
        try
        {
            await _runTask!.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }

        _running.Dispose();
        _server = null;
    }

    /// <summary>Waits for the first message (already received or arriving) that matches.</summary>
    public async Task<ReceivedEmail> WaitForMessageAsync(Func<ReceivedEmail, bool>? match = null, TimeSpan? timeout = null)
    {
        match ??= _ => true;
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (_messages.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No matching e-mail within the timeout; received: {string.Join(" | ", _messages.Select(m => m.Subject))}");
            }

            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(250) ? left : TimeSpan.FromMilliseconds(250));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _arrived.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"The SMTP test server did not start on port {Port}.");
    }

    private SmtpResponse Receive(IMessageTransaction transaction, ReadOnlySequence<byte> buffer)
    {
        Interlocked.Increment(ref _attempts);
        if (RefuseWith is { } code)
        {
            return new SmtpResponse((SmtpReplyCode)code, code >= 500 ? "rejected by the test server" : "try again later (test server)");
        }

        using var stream = new MemoryStream(buffer.ToArray());
        var message = MimeMessage.Load(stream);
        _messages.Enqueue(new ReceivedEmail(
            transaction.From.AsAddress(),
            transaction.To.Select(t => t.AsAddress()).ToList(),
            message.Subject ?? string.Empty,
            message.TextBody ?? string.Empty,
            message));
        _arrived.Release();
        return SmtpResponse.Ok;
    }

    private sealed class Store(SmtpTestServer owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken) =>
            Task.FromResult(owner.Receive(transaction, buffer));
    }
}

/// <summary>One message as the SMTP server received it: envelope, decoded subject and text body, and the parsed MIME message.</summary>
public sealed record ReceivedEmail(string From, IReadOnlyList<string> To, string Subject, string TextBody, MimeMessage Message);
