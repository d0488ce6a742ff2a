using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Engine;

namespace OpenCityAomori.Modules.Workflows.Activities;

/// <summary>
/// Calls an HTTP endpoint on an allow-listed host (<c>Workflows:Http:AllowedHosts</c>; none = off).
/// Outcome by status: success (2xx), clientError (4xx); 5xx and network errors retry with back-off.
/// </summary>
internal sealed class HttpRequestActivity(IHttpClientFactory httpClients, IOptions<WorkflowOptions> options) : IWorkflowActivity
{
    public const string ClientName = "Workflows.HttpRequest";
    private const int MaxResponseChars = 4000;

    public string Name => "HttpRequest";

    public LocalizedText DisplayName { get; } = new("HTTPリクエスト", "HTTP request");

    public LocalizedText Description { get; } = new("許可されたホストにHTTPリクエストを送ります（既定では無効）。", "Sends an HTTP request to an allowed host (off by default).");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
    [
        new("url", new("URL", "URL"), ActivityParameterKind.Template, Required: true),
        new("method", new("メソッド", "Method"), ActivityParameterKind.Select, Options: ["GET", "POST", "PUT", "DELETE"], DefaultValue: "GET"),
        new("body", new("本文", "Body"), ActivityParameterKind.Template),
        new("contentType", new("Content-Type", "Content-Type"), ActivityParameterKind.Text, DefaultValue: "application/json"),
    ];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } =
    [
        new("success", new("成功（2xx）", "Success (2xx)")),
        new("clientError", new("要求エラー（4xx）", "Client error (4xx)")),
    ];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var url = (await context.RenderAsync(context.Parameter("url") ?? "", cancellationToken)).Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return ActivityResult.Fault($"'{url}' is not an absolute http(s) URL.");
        }

        var allowed = options.Value.Http.AllowedHosts;
        if (!allowed.Any(h => string.Equals(h.Trim(), uri.Host, StringComparison.OrdinalIgnoreCase)))
        {
            return ActivityResult.Fault($"HTTP requests to '{uri.Host}' are not allowed (Workflows:Http:AllowedHosts).");
        }

        using var request = new HttpRequestMessage(new HttpMethod((context.Parameter("method") ?? "GET").ToUpperInvariant()), uri);
        if (context.Parameter("body") is { } bodyTemplate && request.Method != HttpMethod.Get)
        {
            var body = await context.RenderAsync(bodyTemplate, cancellationToken);
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(context.Parameter("contentType") ?? "application/json");
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.Http.TimeoutSeconds));
            using var response = await httpClients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            var status = (int)response.StatusCode;
            context.Variables[context.ElementId + ".status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Variables[context.ElementId + ".response"] = text.Length > MaxResponseChars ? text[..MaxResponseChars] : text;
            context.Log($"{request.Method} {uri} → {status}");
            return status switch
            {
                >= 200 and < 300 => ActivityResult.WithOutcome("success"),
                >= 400 and < 500 => ActivityResult.WithOutcome("clientError"),
                _ => ActivityResult.TransientFault($"{request.Method} {uri} answered {status}."),
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ActivityResult.TransientFault($"{request.Method} {uri} failed: {ex.Message}");
        }
    }

    public static void Register(IServiceCollection services) =>
        services.AddHttpClient(ClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
}
