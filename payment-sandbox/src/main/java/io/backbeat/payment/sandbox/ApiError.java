package io.backbeat.payment.sandbox;

/** Stripe's error shape: {"error": {"type": …, "code": …, "message": …}}. */
public record ApiError(Detail error) {

    public record Detail(String type, String code, String message) {
    }

    static ApiError of(String type, String code, String message) {
        return new ApiError(new Detail(type, code, message));
    }
}
