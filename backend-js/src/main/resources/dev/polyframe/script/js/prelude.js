/*
 * Polyframe JS prelude: evaluated once per context by JsRuntime as an internal source, so its frames never show in
 * script stacks. It evaluates to the helper object JsPrelude reads. Host functions (one ProxyExecutable per
 * ScriptMethod) never throw into JS: on a ScriptApiException they return an ApiFailure, which the wrapper made
 * here rethrows as a native TypeError, RangeError or Error at the script's call.
 */
(function () {
    'use strict';

    /** Which API method raised an error, for ScriptError.apiMethod; weak, so caught errors are collected. */
    const apiMethods = new WeakMap();

    class ApiFailure {
        constructor(kind, message, method) {
            this.kind = kind;
            this.message = message;
            this.method = method;
        }
    }

    function toError(failure) {
        let error;
        switch (failure.kind) {
            case 'TYPE':
                error = new TypeError(failure.message);
                break;
            case 'RANGE':
                error = new RangeError(failure.message);
                break;
            default:
                error = new Error(failure.message);
                break;
        }
        apiMethods.set(error, failure.method);
        return error;
    }

    return Object.freeze({
        wrap(host, name) {
            const fn = function (...args) {
                const result = host(...args);
                if (result instanceof ApiFailure) {
                    throw toError(result);
                }
                return result;
            };
            Object.defineProperty(fn, 'name', {value: name});
            return fn;
        },
        failure(kind, message, method) {
            return new ApiFailure(kind, message, method);
        },
        apiMethodOf(error) {
            const method = apiMethods.get(error);
            return method === undefined ? null : method;
        },
        array(...items) {
            return items;
        },
        object() {
            return {};
        },
        numbers(host) {
            // A bulk read: one Float64Array instead of a call with thousands of arguments.
            const out = new Float64Array(host.length);
            for (let i = 0; i < out.length; i++) {
                out[i] = host[i];
            }
            return out;
        },
        error(message) {
            return new Error(message);
        },
        deferred(handled) {
            let resolve;
            let reject;
            const promise = new Promise((res, rej) => {
                resolve = res;
                reject = rej;
            });
            if (handled) {
                // A trailing callback already receives the error: do not report the rejection as unhandled.
                promise.catch(() => {});
            }
            return [promise, resolve, reject];
        }
    });
})()
