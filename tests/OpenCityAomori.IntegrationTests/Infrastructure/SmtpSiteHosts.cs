namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>A host on a copy of the Aomori site whose outbox sends to a test SMTP server of its own.</summary>
public sealed class SmtpSiteHost : IAsyncDisposable
{
    private SmtpSiteHost(SmtpTestServer smtp, TestHost host)
    {
        Smtp = smtp;
        Host = host;
    }

    public SmtpTestServer Smtp { get; }

    public TestHost Host { get; }

    public void Deconstruct(out SmtpTestServer smtp, out TestHost host) => (smtp, host) = (Smtp, Host);

    public static async Task<SmtpSiteHost> StartAsync(string provider)
    {
        var smtp = await SmtpTestServer.StartAsync();
        return new SmtpSiteHost(smtp, await TestHost.StartAsync(provider, settings: smtp.HostSettings()));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>
/// <see cref="SmtpSiteHost"/>s shared by the tests of a class, one per provider: only for tests that leave the
/// SMTP server as it is and look only for their own messages (by subject).
/// </summary>
public sealed class SharedSmtpSiteHosts : SharedHosts<SmtpSiteHost>
{
    protected override Task<SmtpSiteHost> StartAsync(string provider) => SmtpSiteHost.StartAsync(provider);
}
