using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace OpenCityAomori.Modules.Notifications.Services;

/// <summary>Where messages go: an SMTP server or a pickup folder. One session serves one delivery batch.</summary>
internal interface IMailTransport
{
    string Describe();

    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

internal interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

internal sealed class SmtpMailTransport(SmtpOptions options) : IMailTransport
{
    public string Describe() => $"SMTP {options.Host}:{options.Port} ({options.Security})";

    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };
        try
        {
            var security = options.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTlsWhenAvailable,
            };
            await client.ConnectAsync(options.Host ?? "localhost", options.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
            }

            return new Session(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Session(SmtpClient client) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
            await client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                }
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException or OperationCanceledException)
            {
                // The messages are already accepted; a failed QUIT changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}

/// <summary>Writes each message as {outbox id}.eml (written to a temporary name first, then renamed).</summary>
internal sealed class PickupDirectoryTransport(string directory) : IMailTransport
{
    public string Directory { get; } = directory;

    public string Describe() => $"pickup directory {Directory}";

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Task.FromResult<IMailSession>(new Session(Directory));
    }

    private sealed class Session(string directory) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var name = message.Headers[MimeMessages.OutboxIdHeader] is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N");
            var target = Path.Combine(directory, name + ".eml");
            var temporary = target + ".tmp";
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, target, overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
