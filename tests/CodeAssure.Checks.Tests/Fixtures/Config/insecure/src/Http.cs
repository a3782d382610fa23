namespace Fixture;

public static class Http
{
    public static System.Net.Http.HttpClient Create()
    {
        var handler = new System.Net.Http.HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true;
        return new System.Net.Http.HttpClient(handler);
    }
}
