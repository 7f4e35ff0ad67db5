// Generated from openapi.json by scripts/openapi.ts — do not edit.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình trạng dịch vụ */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập (mở phiên cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người dùng hiện tại và mã CSRF của phiên */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất (cần X-CSRF-Token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã đăng xuất */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 34 tỉnh, thành phố từ 1/7/2025 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Province"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units/provinces/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một tỉnh, thành phố và số đơn vị cấp xã */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            type: string;
                            fullName: string;
                            nameEn: string;
                            communeCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units/provinces/{code}/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các xã, phường, đặc khu của một tỉnh (từ 1/7/2025) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Commune"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tìm đơn vị cấp xã 2025 từ địa chỉ cũ hoặc mới
         * @description Nhận tên đầy đủ ("Huyện Cầu Kè") hoặc rút gọn ("Cầu Kè"), có dấu hoặc không dấu, kiểu bỏ dấu cũ hoặc mới ("Hòa" = "Hoà"); hoặc mã xã trước 1/7/2025 (`oldCommuneCode`).
         */
        get: {
            parameters: {
                query?: {
                    province?: string;
                    district?: string;
                    commune?: string;
                    oldCommuneCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResolvedAddress"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người dùng trong phạm vi địa bàn của bạn */
        get: {
            parameters: {
                query?: {
                    role?: "ministry_admin" | "ministry_leader" | "province_officer" | "province_leader" | "commune_officer" | "council_member" | "producer";
                    provinceCode?: string;
                    /** @description Tên hiển thị hoặc tên đăng nhập, không cần dấu */
                    q?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Tạo người dùng (cần X-CSRF-Token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        password: string;
                        /** @enum {string} */
                        role: "ministry_admin" | "ministry_leader" | "province_officer" | "province_leader" | "commune_officer" | "council_member" | "producer";
                        provinceCode?: string | null;
                        communeCode?: string | null;
                        /**
                         * Format: uuid
                         * @description Với vai trò producer: chủ thể mà tài khoản đại diện
                         */
                        producerId?: string | null;
                        /**
                         * Format: email
                         * @description Nhận thông báo qua thư điện tử
                         */
                        email?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một người dùng (chính mình, hoặc trong phạm vi quản lý) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa tên, khóa/mở khóa hoặc đặt lại mật khẩu (cần X-CSRF-Token) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        isActive?: boolean;
                        password?: string;
                        /** Format: email */
                        email?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/producers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm chủ thể (không dấu, gõ sai vẫn tìm được) trong phạm vi của bạn */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    province?: string;
                    commune?: string;
                    type?: "cooperative" | "cooperative_group" | "sme" | "farm" | "household" | "society" | "association" | "operating_centre" | "equivalent_organisation";
                    includeArchived?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Producer"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Đăng ký chủ thể (cảnh báo trùng tên trong xã; trùng mã số thuế bị từ chối) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @description Loại hình chủ thể (Điều 2.3 Quyết định 26/2026)
                         * @enum {string}
                         */
                        type: "cooperative" | "cooperative_group" | "sme" | "farm" | "household" | "society" | "association" | "operating_centre" | "equivalent_organisation";
                        /** @description Mã số thuế / mã số doanh nghiệp: 10 số, hoặc 10 số + "-" + 3 số */
                        taxCode?: string | null;
                        representativeName?: string | null;
                        /** @enum {string|null} */
                        representativeGender?: "male" | "female" | null;
                        /** @description Dân tộc của người đại diện (tiêu chí chấm điểm) */
                        representativeEthnicity?: string | null;
                        communeCode: string;
                        street?: string | null;
                        phone?: string | null;
                        /** Format: email */
                        email?: string | null;
                        website?: string | null;
                        /** @description Xác nhận không trùng với chủ thể cùng tên trong xã */
                        confirmNotDuplicate?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Producer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/producers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một chủ thể */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Producer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa, lưu trữ (isArchived=true) hoặc khôi phục chủ thể */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /**
                         * @description Loại hình chủ thể (Điều 2.3 Quyết định 26/2026)
                         * @enum {string}
                         */
                        type?: "cooperative" | "cooperative_group" | "sme" | "farm" | "household" | "society" | "association" | "operating_centre" | "equivalent_organisation";
                        /** @description Mã số thuế / mã số doanh nghiệp: 10 số, hoặc 10 số + "-" + 3 số */
                        taxCode?: string | null;
                        representativeName?: string | null;
                        /** @enum {string|null} */
                        representativeGender?: "male" | "female" | null;
                        /** @description Dân tộc của người đại diện (tiêu chí chấm điểm) */
                        representativeEthnicity?: string | null;
                        communeCode?: string;
                        street?: string | null;
                        phone?: string | null;
                        /** Format: email */
                        email?: string | null;
                        website?: string | null;
                        isArchived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Producer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm sản phẩm (không dấu, gõ sai vẫn tìm được), lọc theo tỉnh, xã, sao, bộ sản phẩm, trạng thái */
        get: {
            parameters: {
                query?: {
                    /** @description Tìm không dấu: "che shan tuyet" */
                    q?: string;
                    province?: string;
                    commune?: string;
                    /** @description Ví dụ 4 hoặc 3,4 */
                    stars?: string;
                    productSet?: string;
                    /** @description Ngành: I … VI */
                    sector?: string;
                    /** @description Nhóm: ví dụ I.5 */
                    group?: string;
                    producerType?: "cooperative" | "cooperative_group" | "sme" | "farm" | "household" | "society" | "association" | "operating_centre" | "equivalent_organisation";
                    producerId?: string;
                    /** @description Ví dụ valid,expiring */
                    status?: string;
                    includeArchived?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProductListItem"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Đăng ký sản phẩm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        producerId: string;
                        name: string;
                        /** @description Bộ sản phẩm 1–26 (Phụ lục I Quyết định 26/2026) */
                        productSetId: number;
                        /** @description Xã nơi sản xuất; mặc định xã của chủ thể */
                        communeCode?: string | null;
                        description?: string | null;
                        story?: string | null;
                        /** @description GTIN-13 (mã vạch GS1; 893 = Việt Nam) */
                        gtin?: string | null;
                        packaging?: string | null;
                        unit?: string | null;
                        /** @description Liên kết Postmart, Voso, Shopee, Tiki, Lazada, website… */
                        saleChannels?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách sản phẩm (đã lọc) ra .xlsx hoặc .csv */
        get: {
            parameters: {
                query?: {
                    /** @description Tìm không dấu: "che shan tuyet" */
                    q?: string;
                    province?: string;
                    commune?: string;
                    /** @description Ví dụ 4 hoặc 3,4 */
                    stars?: string;
                    productSet?: string;
                    /** @description Ngành: I … VI */
                    sector?: string;
                    /** @description Nhóm: ví dụ I.5 */
                    group?: string;
                    producerType?: "cooperative" | "cooperative_group" | "sme" | "farm" | "household" | "society" | "association" | "operating_centre" | "equivalent_organisation";
                    producerId?: string;
                    /** @description Ví dụ valid,expiring */
                    status?: string;
                    includeArchived?: string;
                    format?: "xlsx" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .xlsx hoặc .csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một sản phẩm và lịch sử giấy chứng nhận */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa, lưu trữ hoặc khôi phục sản phẩm */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description Bộ sản phẩm 1–26 (Phụ lục I Quyết định 26/2026) */
                        productSetId?: number;
                        /** @description Xã nơi sản xuất; mặc định xã của chủ thể */
                        communeCode?: string | null;
                        description?: string | null;
                        story?: string | null;
                        /** @description GTIN-13 (mã vạch GS1; 893 = Việt Nam) */
                        gtin?: string | null;
                        packaging?: string | null;
                        unit?: string | null;
                        /** @description Liên kết Postmart, Voso, Shopee, Tiki, Lazada, website… */
                        saleChannels?: string[];
                        isArchived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/products/{id}/ocop-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp mã sản phẩm OCOP (tỉnh)-(xã)-(số thứ tự)-(năm) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận giấy chứng nhận OCOP (3–4 sao: tỉnh; 5 sao: Bộ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        number?: string | null;
                        decisionNumber?: string | null;
                        decisionDate?: string | null;
                        /** @enum {string} */
                        issuingLevel?: "province" | "ministry";
                        /** @description Cơ quan cấp, ghi như trên quyết định (kể cả tên trước 2025) */
                        authorityName?: string | null;
                        stars: number;
                        score?: number | null;
                        validFrom: string;
                        /** @description Mặc định 36 tháng sau ngày hiệu lực */
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/certificates/{certificateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Thu hồi giấy chứng nhận, hoặc ghi nhận hồ sơ đánh giá lại đang chờ */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    certificateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "revoke";
                        revokedOn: string;
                        /** @enum {string} */
                        ground: "a" | "b" | "c" | "d" | "dd" | "e";
                    } | {
                        /** @enum {string} */
                        action: "mark_re_evaluation_pending";
                        since: string;
                    } | {
                        /** @enum {string} */
                        action: "clear_re_evaluation_pending";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/products/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải ảnh sản phẩm (thân yêu cầu là ảnh JPEG/PNG/WebP/HEIC, ≤ 8 MB); tạo ảnh thu nhỏ */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xoá ảnh sản phẩm */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    photoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải lên danh sách .xlsx/.csv (thân yêu cầu là nội dung tệp); tự nhận cột */
        post: {
            parameters: {
                query: {
                    fileName: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trạng thái lần nhập */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ghép cột của tệp với các trường */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mapping: {
                            [key: string]: number | null;
                        };
                        defaultProvinceCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xem trước (không ghi gì vào sổ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolutions?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi vào sổ trong một giao dịch */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả từng dòng (lọc theo kết quả) */
        get: {
            parameters: {
                query?: {
                    outcome?: "create" | "update" | "unchanged" | "error" | "needs_choice" | "duplicate_in_file";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ImportRow"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo từng dòng (.xlsx) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/criteria-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP và các bộ sản phẩm (phiếu chấm) của từng bộ */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CriteriaSetSummary"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/criteria-sets/{id}/product-sets/{productSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Toàn bộ phiếu chấm của một bộ sản phẩm: phần, mục, tiêu chí, phương án, điểm, dấu sao
         * @description Mã bộ tiêu chí là số quyết định có dấu "/": gửi dạng mã hóa URL (`26%2F2026%2FQ%C4%90-TTg`) hoặc dạng slug không dấu (`26-2026-qd-ttg`). Câu trả lời của một tiêu chí là `index` của phương án đã chọn.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Số quyết định, mã hóa URL (`26%2F2026%2FQ%C4%90-TTg`), hoặc dạng slug (`26-2026-qd-ttg`) */
                    id: string;
                    /** @description Bộ sản phẩm 1–26 */
                    productSetId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CriteriaSheet"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/criteria-sets/regrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chấm lại thử (what-if): sản phẩm nào sẽ đổi điểm, đổi hạng sao theo một bộ tiêu chí mới (Bộ)
         * @description Gửi cả tệp bộ tiêu chí (JSON, cùng định dạng data/criteria/decision-26-2026.json, tối đa 2 MB). Đánh giá hội đồng mới nhất của mỗi sản phẩm được chấm lại theo bộ này; không lưu gì. Dữ liệu tiêu chí sai → 400 với từng lỗi. Cần X-CSRF-Token.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Tệp bộ tiêu chí cùng định dạng data/criteria/decision-26-2026.json */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Số quyết định, ví dụ "27/2027/QĐ-TTg" */
                        decision: string;
                        productSets: unknown[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegradeReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tự đánh giá: chấm thử một phiếu, dự kiến hạng sao và các tiêu chí còn thiếu (không lưu)
         * @description Không cần đăng nhập. Câu trả lời sai (mã tiêu chí không có, chỉ số phương án ngoài phạm vi, trả lời cả hai trường hợp của một tiêu chí bộ 26) → 400 với trường `body.answers.<mã>`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Bộ sản phẩm 1–26 */
                        productSetId: number;
                        /** @description Mã tiêu chí → chỉ số phương án (bắt đầu từ 0, theo thứ tự trong phiếu chấm), ví dụ { "1.1": 2 }. Tiêu chí có hai trường hợp (bộ 26) có thể ghi "8.b": 1. Tiêu chí không trả lời được 0 điểm. */
                        answers: {
                            [key: string]: number;
                        };
                        /** @description Số quyết định hoặc slug ("26-2026-qd-ttg"); mặc định bộ đang có hiệu lực */
                        criteriaSetId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/producers/{producerId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kho minh chứng của chủ thể, kèm tình trạng hiệu lực (còn hạn, sắp hết hạn ≤ 90 ngày, hết hạn) */
        get: {
            parameters: {
                query?: {
                    /** @description Loại minh chứng theo danh mục gợi ý của Mẫu 02 (Phụ lục III Quyết định 26/2026) */
                    type?: "business_registration" | "food_safety_certificate" | "production_condition_certificate" | "raw_material_contract" | "environment_dossier" | "local_labour_list" | "coop_rating_or_financials" | "ip_trademark" | "ip_geographical_indication" | "distribution_contract" | "promotion_proof" | "product_story_media" | "quality_declaration" | "lab_test_report" | "barcode_traceability" | "qms_certificate" | "award" | "other";
                    includeArchived?: string;
                };
                header?: never;
                path: {
                    producerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Evidence"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Tải tài liệu minh chứng vào kho (thân yêu cầu là tệp PDF/JPEG/PNG/Word/Excel, ≤ 20 MB)
         * @description Thông tin tài liệu đi theo chuỗi truy vấn. Tệp giống hệt (cùng sha256) đã có trong kho của chủ thể → 200 với bản ghi sẵn có (không lưu lần hai); tệp mới → 201.
         */
        post: {
            parameters: {
                query: {
                    /** @description Loại minh chứng theo danh mục gợi ý của Mẫu 02 (Phụ lục III Quyết định 26/2026) */
                    type: "business_registration" | "food_safety_certificate" | "production_condition_certificate" | "raw_material_contract" | "environment_dossier" | "local_labour_list" | "coop_rating_or_financials" | "ip_trademark" | "ip_geographical_indication" | "distribution_contract" | "promotion_proof" | "product_story_media" | "quality_declaration" | "lab_test_report" | "barcode_traceability" | "qms_certificate" | "award" | "other";
                    /** @description Tên tài liệu, ví dụ "Giấy chứng nhận cơ sở đủ điều kiện ATTP" */
                    title: string;
                    /** @description Số hiệu văn bản */
                    number?: string | null;
                    /** @description Cơ quan cấp */
                    issuer?: string | null;
                    issuedOn?: string | null;
                    validFrom?: string | null;
                    /** @description Ngày hết hiệu lực (không được trước ngày có hiệu lực) */
                    validTo?: string | null;
                    /** @description Tên tệp gốc, dùng khi tải về */
                    fileName?: string;
                };
                header?: never;
                path: {
                    producerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evidence"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evidence"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông tin một tài liệu minh chứng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evidence"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Lưu trữ tài liệu (không xoá: hồ sơ đã dùng tài liệu vẫn xem được) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evidence"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa thông tin tài liệu (loại, tên, số hiệu, cơ quan cấp, ngày cấp, thời hạn) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Loại minh chứng theo danh mục gợi ý của Mẫu 02 (Phụ lục III Quyết định 26/2026)
                         * @enum {string}
                         */
                        type?: "business_registration" | "food_safety_certificate" | "production_condition_certificate" | "raw_material_contract" | "environment_dossier" | "local_labour_list" | "coop_rating_or_financials" | "ip_trademark" | "ip_geographical_indication" | "distribution_contract" | "promotion_proof" | "product_story_media" | "quality_declaration" | "lab_test_report" | "barcode_traceability" | "qms_certificate" | "award" | "other";
                        /** @description Tên tài liệu, ví dụ "Giấy chứng nhận cơ sở đủ điều kiện ATTP" */
                        title?: string;
                        /** @description Số hiệu văn bản */
                        number?: string | null;
                        /** @description Cơ quan cấp */
                        issuer?: string | null;
                        issuedOn?: string | null;
                        validFrom?: string | null;
                        /** @description Ngày hết hiệu lực (không được trước ngày có hiệu lực) */
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evidence"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/evidence/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp tài liệu minh chứng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nội dung tệp */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các mục của Mẫu 01, 02, 03 (Phụ lục III) và mục nào bắt buộc */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: {
                                key: string;
                                vi: string;
                                en: string;
                                type: string;
                                required: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ trong phạm vi của bạn (todo=true: đang chờ bạn; overdue=true: quá hạn) */
        get: {
            parameters: {
                query?: {
                    /** @description Một hoặc nhiều bước, cách nhau bằng dấu phẩy */
                    state?: string;
                    registrationType?: "first" | "upgrade" | "re_evaluation";
                    roundId?: string;
                    productId?: string;
                    overdue?: "true" | "false";
                    /** @description Chỉ hồ sơ đang chờ bạn xử lý */
                    todo?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                /** @enum {string} */
                                state: "draft" | "commune_review" | "returned_by_commune" | "province_review" | "supplement_requested" | "council_scoring" | "council_discussion" | "council_proposed" | "decision_drafted" | "central_review" | "central_scoring" | "central_discussion" | "central_proposed" | "central_decision_drafted" | "returned_to_province" | "recognised" | "not_recognised" | "rejected" | "withdrawn";
                                stateLabel: {
                                    vi: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                registrationType: "first" | "upgrade" | "re_evaluation";
                                /** Format: uuid */
                                productId: string;
                                productName: string;
                                producerName: string;
                                provinceCode: string;
                                communeCode: string;
                                dueOn: string | null;
                                isOverdue: boolean;
                                resultTotal: number | null;
                                resultStars: number | null;
                                updatedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Lập hồ sơ đánh giá (lần đầu, nâng hạng, đánh giá lại); nâng hạng/đánh giá lại bắt đầu từ hồ sơ trước */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        productId: string;
                        /**
                         * @description first: lần đầu; upgrade: nâng hạng; re_evaluation: đánh giá lại
                         * @enum {string}
                         */
                        registrationType: "first" | "upgrade" | "re_evaluation";
                        /** Format: uuid */
                        roundId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một hồ sơ, với các thao tác bạn được làm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Chủ thể điền Mẫu 01, 02 và bản tự chấm (Phần III) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Các mục của mẫu, theo khóa (xem GET /dossiers/forms) */
                        form01?: {
                            [key: string]: (string | number | boolean | string[]) | null;
                        };
                        /** @description Các mục của mẫu, theo khóa (xem GET /dossiers/forms) */
                        form02?: {
                            [key: string]: (string | number | boolean | string[]) | null;
                        };
                        selfAssessment?: {
                            /** @description Mã tiêu chí → chỉ số phương án (0-based) */
                            answers: {
                                [key: string]: number;
                            };
                            gates?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/dossiers/{id}/form03": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** UBND xã lập Báo cáo đánh giá (Mẫu 03) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description Các mục của mẫu, theo khóa (xem GET /dossiers/forms) */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: (string | number | boolean | string[]) | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển bước hồ sơ (409 kèm bước hiện tại và các thao tác được phép khi không hợp lệ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit" | "withdraw" | "return" | "forward" | "request_supplement" | "reject" | "send_to_council" | "open_discussion" | "request_rescore" | "finalize" | "prepare_decision" | "sign" | "return_to_province" | "re_evaluate";
                        /** @description Bắt buộc khi trả lại, yêu cầu bổ sung, loại hồ sơ */
                        reason?: string;
                        /**
                         * Format: uuid
                         * @description send_to_council: Hội đồng chấm hồ sơ
                         */
                        councilId?: string;
                        /**
                         * @description send_to_council: họp hoặc lấy ý kiến bằng văn bản
                         * @enum {string}
                         */
                        mode?: "meeting" | "written";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/score-sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thành viên Hội đồng nộp phiếu chấm (độc lập; đã nộp thì không sửa, chấm lại là phiếu mới) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Mã tiêu chí → chỉ số phương án (0-based) */
                        answers: {
                            [key: string]: number;
                        };
                        gates?: string[];
                        /** @description Ý kiến (bắt buộc nên có khi lấy ý kiến bằng văn bản) */
                        opinion?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/recusals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thành viên khai báo xung đột lợi ích và không tham gia hồ sơ này */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/advisory-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tổ giúp việc ghi thẩm định, khảo sát thực tế, yêu cầu kiểm nghiệm bổ sung */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "review" | "site_survey" | "lab_test_request";
                        onDate: string;
                        summary: string;
                        findings?: string;
                        requestedTests?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Minh chứng của hồ sơ, kèm cảnh báo tài liệu hết hạn hoặc hết hạn trước hạn ra quyết định */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierEvidence"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Chọn minh chứng từ kho của chủ thể cho hồ sơ (thay toàn bộ danh sách)
         * @description Chỉ khi hồ sơ đang soạn, bị xã trả lại hoặc được tỉnh yêu cầu bổ sung; khác → 409 DOSSIER_NOT_EDITABLE. Tài liệu không thuộc chủ thể của hồ sơ, đã lưu trữ, hoặc mã tiêu chí không có trên phiếu → 400.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Danh sách thay thế toàn bộ danh sách cũ */
                        items: {
                            /** Format: uuid */
                            evidenceId: string;
                            /** @description Mã tiêu chí, mục hoặc phần trên phiếu đánh giá ("1.1", "6.1.1", "A"); trống: cả hồ sơ */
                            criterionCode?: string | null;
                            note?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierEvidence"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/evidence/{evidenceId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp minh chứng của hồ sơ (chủ thể, cán bộ phụ trách, thành viên Hội đồng được giao) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    evidenceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nội dung tệp */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các đợt đánh giá (của tỉnh bạn và của Bộ) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationRound"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Mở một đợt đánh giá (kể cả đợt bổ sung) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "province" | "central";
                        provinceCode?: string | null;
                        name: string;
                        year: number;
                        intakeDeadline: string;
                        decisionDeadline: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationRound"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở các đợt theo Điều 5 cho một năm (30/4→30/6, 30/10→30/12; Bộ: 30/7→30/9, 30/1→30/3); chạy lại không tạo trùng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "province" | "central";
                        provinceCode?: string | null;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationRound"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hội đồng đánh giá của tỉnh bạn và Hội đồng Trung ương */
        get: {
            parameters: {
                query?: {
                    level?: "province" | "central";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Council"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Thành lập Hội đồng (Chủ tịch, thành viên, Tổ giúp việc) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "province" | "central";
                        provinceCode?: string | null;
                        name: string;
                        /** @description Số quyết định thành lập */
                        establishedBy?: string | null;
                        establishedOn?: string | null;
                        /** @description Tỷ lệ tối thiểu thành viên chấm (mặc định 75) */
                        quorumPercent?: number;
                        members: {
                            /** Format: uuid */
                            userId: string;
                            /**
                             * @description chair: Chủ tịch; member: thành viên; secretary: thư ký; advisor: Tổ giúp việc
                             * @enum {string}
                             */
                            role: "chair" | "member" | "secretary" | "advisor";
                            agency?: string | null;
                            position?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Council"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một Hội đồng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Council"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Sửa Hội đồng và thay danh sách thành viên */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "province" | "central";
                        provinceCode?: string | null;
                        name: string;
                        /** @description Số quyết định thành lập */
                        establishedBy?: string | null;
                        establishedOn?: string | null;
                        /** @description Tỷ lệ tối thiểu thành viên chấm (mặc định 75) */
                        quorumPercent?: number;
                        members: {
                            /** Format: uuid */
                            userId: string;
                            /**
                             * @description chair: Chủ tịch; member: thành viên; secretary: thư ký; advisor: Tổ giúp việc
                             * @enum {string}
                             */
                            role: "chair" | "member" | "secretary" | "advisor";
                            agency?: string | null;
                            position?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Council"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quyết định công nhận */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            level: "province" | "central";
                            provinceCode: string | null;
                            /** @enum {string} */
                            status: "draft" | "signed";
                            title: string;
                            number: string | null;
                            signedOn: string | null;
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Dự thảo quyết định cho các hồ sơ Hội đồng đã đề xuất (tất cả hoặc không hồ sơ nào) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "province" | "central";
                        dossierIds: string[];
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Decision"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một quyết định và danh sách sản phẩm kèm theo */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Decision"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ký quyết định: cấp giấy chứng nhận 3–4 sao (hoặc 5 sao), đề xuất Bộ sản phẩm từ 90 điểm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Số quyết định, ví dụ 1234/QĐ-UBND */
                        number: string;
                        signedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Decision"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ thu hồi trong phạm vi (tỉnh: của tỉnh; Bộ: cả nước), lọc theo trạng thái, quá hạn */
        get: {
            parameters: {
                query?: {
                    state?: "proposed" | "revoked" | "dismissed";
                    /** @description true: chỉ hồ sơ chờ quyết định đã quá hạn 15 ngày */
                    overdue?: string;
                    province?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Revocation"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Đề nghị thu hồi giấy chứng nhận (cơ quan OCOP); hạn quyết định = ngày kết luận + 15 ngày */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        certificateId: string;
                        /**
                         * @description Điều 8 khoản 1: a, b, c, d, dd (điểm đ), e
                         * @enum {string}
                         */
                        ground: "a" | "b" | "c" | "d" | "dd" | "e";
                        description: string;
                        /** @description Ngày có kết luận vi phạm, hoặc UBND xã xác nhận dừng sản xuất */
                        concludedOn: string;
                        /** @description Tài liệu trong kho minh chứng của chủ thể */
                        evidenceIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Revocation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một hồ sơ thu hồi, với các thao tác người gọi được làm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Revocation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revocations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quyết định thu hồi (Chủ tịch UBND tỉnh: 3–4 sao; Bộ trưởng: 5 sao); trạng thái công khai đổi ngay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionNumber: string;
                        /** @description Ngày ký quyết định: giấy chứng nhận bị thu hồi từ ngày này */
                        decidedOn: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Revocation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revocations/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quyết định không thu hồi, ghi rõ lý do */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Lý do không thu hồi (bắt buộc) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Revocation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông báo của bạn, mới nhất trước (kèm số chưa đọc) */
        get: {
            parameters: {
                query?: {
                    /** @description true: chỉ thông báo chưa đọc */
                    unread?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Notification"][];
                            total: number;
                            unreadCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu đã đọc mọi thông báo (cần X-CSRF-Token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu một thông báo đã đọc (cần X-CSRF-Token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Notification"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Giấy chứng nhận sản phẩm OCOP (PDF, có mã QR tới trang xác minh công khai) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp PDF (application/pdf) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/score-sheets/{sheetId}/sheet.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phiếu chấm điểm đã ký của một thành viên Hội đồng (PDF)
         * @description Thành viên luôn tải được phiếu của mình; phiếu của người khác chỉ khi hồ sơ hiển thị phiếu đó (sau khi mở thảo luận và đã nộp phiếu của mình). Ngoài ra trả 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sheetId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp PDF (application/pdf) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/minutes.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Biên bản Hội đồng về một hồ sơ, kèm bảng tổng hợp điểm (PDF)
         * @description Lập được sau khi Chủ tịch Hội đồng mở thảo luận hoặc kết luận (409 trước đó).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Cấp Hội đồng (mặc định: tỉnh) */
                    level?: "province" | "central";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp PDF (application/pdf) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{id}/minutes.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biên bản phiên họp Hội đồng: mọi hồ sơ Hội đồng kết luận trong ngày (PDF) */
        get: {
            parameters: {
                query: {
                    /** @description Ngày Hội đồng kết luận (giờ Việt Nam), YYYY-MM-DD */
                    date: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp PDF (application/pdf) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/{id}/annex.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phụ lục danh sách sản phẩm được công nhận kèm quyết định đã ký (PDF) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp PDF (application/pdf) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/{id}/annex.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phụ lục danh sách sản phẩm được công nhận kèm quyết định đã ký (Excel) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Excel (xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/products/{code}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trạng thái OCOP hiện tại của một sản phẩm theo mã OCOP, mã vạch GTIN hoặc mã định danh (công khai, giới hạn tần suất) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mã số sản phẩm OCOP (08-02245-007-2026), mã vạch GTIN-13/GTIN-14 hoặc mã định danh (UUID) */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductStatus"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các sàn thương mại nhận thông báo trạng thái sản phẩm OCOP */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Marketplace"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Đăng ký sàn thương mại; khoá ký chỉ hiển thị một lần trong câu trả lời */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description https://… (http:// chỉ với localhost để thử nghiệm) */
                        webhookUrl: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MarketplaceWithSecret"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một sàn thương mại */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Marketplace"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Đổi tên, địa chỉ nhận, ngừng hoặc kích hoạt lại sàn */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description https://… (http:// chỉ với localhost để thử nghiệm) */
                        webhookUrl?: string;
                        /** @description false: ngừng gửi; các lần gửi đang chờ chuyển thành thất bại */
                        isActive?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Marketplace"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/marketplaces/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp khoá ký mới (khoá cũ hết hiệu lực ngay); chỉ hiển thị một lần */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MarketplaceWithSecret"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplaces/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần gửi thông báo gần đây tới sàn (mới nhất trước) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "delivered" | "failed";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WebhookDelivery"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplaces/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi lại một thông báo đã thất bại (từ lượt chạy kế tiếp, đếm lại số lần thử) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sale-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Điểm bán sản phẩm OCOP của tỉnh (Bộ: cả nước), lọc theo xã, cấp, loại địa điểm */
        get: {
            parameters: {
                query?: {
                    province?: string;
                    commune?: string;
                    level?: "commune" | "province" | "national";
                    locationType?: "transport_hub" | "highway_rest_stop" | "retail" | "tourism" | "craft_village" | "commercial_centre" | "fair_centre" | "post_office" | "other";
                    active?: string;
                    /** @description Đã có quyết định công nhận (true) hoặc chưa (false) */
                    recognised?: string;
                    /** @description Tên hoặc địa chỉ, không cần dấu */
                    q?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SalePointSummary"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận điểm bán (tỉnh mình; Bộ: mọi tỉnh) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        address: string;
                        provinceCode: string;
                        communeCode?: string | null;
                        /** @description Vĩ độ WGS84 (trong lãnh thổ Việt Nam) */
                        lat?: number | null;
                        /** @description Kinh độ WGS84 */
                        lon?: number | null;
                        /**
                         * @description Cấp công nhận: commune (xã), province (tỉnh), national
                         * @enum {string}
                         */
                        level: "commune" | "province" | "national";
                        /**
                         * @description Loại địa điểm theo Quyết định 950/QĐ-BCT: nhà ga/sân bay, trạm dừng nghỉ, siêu thị/chợ, du lịch…
                         * @enum {string}
                         */
                        locationType: "transport_hub" | "highway_rest_stop" | "retail" | "tourism" | "craft_village" | "commercial_centre" | "fair_centre" | "post_office" | "other";
                        phone?: string | null;
                        openingHours?: string | null;
                        website?: string | null;
                        /** @description Số quyết định công nhận điểm bán */
                        recognisedBy?: string | null;
                        recognisedOn?: string | null;
                        isActive?: boolean;
                        /** @description Sản phẩm OCOP bày bán (danh sách đầy đủ) */
                        productIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalePoint"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sale-points/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cấp công nhận và loại địa điểm theo Quyết định 950/QĐ-BCT (tiếng Việt, tiếng Anh) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            levels: {
                                /** @enum {string} */
                                code: "commune" | "province" | "national";
                                labelVi: string;
                                labelEn: string;
                            }[];
                            locationTypes: {
                                /** @enum {string} */
                                code: "transport_hub" | "highway_rest_stop" | "retail" | "tourism" | "craft_village" | "commercial_centre" | "fair_centre" | "post_office" | "other";
                                labelVi: string;
                                labelEn: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sale-points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một điểm bán, với các sản phẩm bày bán và trạng thái chứng nhận */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalePoint"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xoá điểm bán nhập nhầm (điểm đóng cửa: đặt isActive=false) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xoá */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa điểm bán, danh sách sản phẩm (gửi đủ danh sách) hoặc ngừng hoạt động (isActive=false) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        address?: string;
                        provinceCode?: string;
                        communeCode?: string | null;
                        /** @description Vĩ độ WGS84 (trong lãnh thổ Việt Nam) */
                        lat?: number | null;
                        /** @description Kinh độ WGS84 */
                        lon?: number | null;
                        /**
                         * @description Cấp công nhận: commune (xã), province (tỉnh), national
                         * @enum {string}
                         */
                        level?: "commune" | "province" | "national";
                        /**
                         * @description Loại địa điểm theo Quyết định 950/QĐ-BCT: nhà ga/sân bay, trạm dừng nghỉ, siêu thị/chợ, du lịch…
                         * @enum {string}
                         */
                        locationType?: "transport_hub" | "highway_rest_stop" | "retail" | "tourism" | "craft_village" | "commercial_centre" | "fair_centre" | "post_office" | "other";
                        phone?: string | null;
                        openingHours?: string | null;
                        website?: string | null;
                        /** @description Số quyết định công nhận điểm bán */
                        recognisedBy?: string | null;
                        recognisedOn?: string | null;
                        isActive?: boolean;
                        /** @description Sản phẩm OCOP bày bán (danh sách đầy đủ) */
                        productIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalePoint"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/trade-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hội chợ, triển lãm, kết nối cung cầu của tỉnh và toàn quốc, theo ngày bắt đầu */
        get: {
            parameters: {
                query?: {
                    province?: string;
                    /** @description Kèm sự kiện toàn quốc (mặc định có) */
                    includeNational?: string;
                    kind?: "fair" | "exhibition" | "supply_demand" | "other";
                    /** @description Sự kiện chưa kết thúc trước ngày này */
                    from?: string;
                    /** @description Sự kiện bắt đầu không muộn hơn ngày này */
                    to?: string;
                    /** @description Chỉ các sự kiện chủ thể này tham gia (tài khoản chủ thể: chỉ của mình) */
                    producerId?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TradeEvent"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận sự kiện của tỉnh mình (sự kiện toàn quốc: Bộ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description fair: hội chợ; exhibition: triển lãm; supply_demand: kết nối cung cầu
                         * @enum {string}
                         */
                        kind: "fair" | "exhibition" | "supply_demand" | "other";
                        name: string;
                        /** @description null: sự kiện toàn quốc (do Bộ ghi nhận) */
                        provinceCode: string | null;
                        place: string;
                        startsOn: string;
                        endsOn: string;
                        organiser?: string | null;
                        website?: string | null;
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TradeEvent"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trade-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một sự kiện */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TradeEvent"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xoá sự kiện */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xoá */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa sự kiện */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description fair: hội chợ; exhibition: triển lãm; supply_demand: kết nối cung cầu
                         * @enum {string}
                         */
                        kind?: "fair" | "exhibition" | "supply_demand" | "other";
                        name?: string;
                        /** @description null: sự kiện toàn quốc (do Bộ ghi nhận) */
                        provinceCode?: string | null;
                        place?: string;
                        startsOn?: string;
                        endsOn?: string;
                        organiser?: string | null;
                        website?: string | null;
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TradeEvent"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/plans/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục chỉ số: đơn vị, tham số, tính từ dữ liệu hay chỉ nhập tay */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["IndicatorDefinition"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kế hoạch của tỉnh mình (Bộ: mọi tỉnh và toàn quốc) */
        get: {
            parameters: {
                query?: {
                    level?: "province" | "national";
                    province?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Plan"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Lập kế hoạch (tỉnh mình; Bộ: mọi tỉnh và toàn quốc) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "province" | "national";
                        provinceCode?: string | null;
                        name: string;
                        /** @description Số văn bản: "Kế hoạch 45/KH-UBND" */
                        decisionRef?: string | null;
                        periodFrom: string;
                        periodTo: string;
                        /** @description Danh sách đầy đủ các chỉ tiêu */
                        targets?: {
                            /**
                             * Format: uuid
                             * @description Giữ mã của chỉ tiêu đã có khi sửa
                             */
                            id?: string;
                            /** @description Mã chỉ số (GET /plans/indicators) */
                            indicator: string;
                            /** @description Tham số của chỉ số, ví dụ {"minStars": 3} */
                            params?: {
                                [key: string]: unknown;
                            };
                            /**
                             * @description Mặc định >=
                             * @enum {string}
                             */
                            comparator?: ">=" | ">" | "<=" | "=";
                            targetValue: number;
                            /** @description Chỉ tiêu như văn bản kế hoạch ghi */
                            wording?: string | null;
                            /** @description Chỉ cho chỉ số nền tảng không tính được (manualOnly) */
                            manualValue?: number | null;
                            manualAsOf?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một kế hoạch */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xoá kế hoạch */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xoá */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa kế hoạch; targets (nếu gửi) là danh sách đầy đủ */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level?: "province" | "national";
                        provinceCode?: string | null;
                        name?: string;
                        /** @description Số văn bản: "Kế hoạch 45/KH-UBND" */
                        decisionRef?: string | null;
                        periodFrom?: string;
                        periodTo?: string;
                        /** @description Danh sách đầy đủ các chỉ tiêu */
                        targets?: {
                            /**
                             * Format: uuid
                             * @description Giữ mã của chỉ tiêu đã có khi sửa
                             */
                            id?: string;
                            /** @description Mã chỉ số (GET /plans/indicators) */
                            indicator: string;
                            /** @description Tham số của chỉ số, ví dụ {"minStars": 3} */
                            params?: {
                                [key: string]: unknown;
                            };
                            /**
                             * @description Mặc định >=
                             * @enum {string}
                             */
                            comparator?: ">=" | ">" | "<=" | "=";
                            targetValue: number;
                            /** @description Chỉ tiêu như văn bản kế hoạch ghi */
                            wording?: string | null;
                            /** @description Chỉ cho chỉ số nền tảng không tính được (manualOnly) */
                            manualValue?: number | null;
                            manualAsOf?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/plans/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiến độ từng chỉ tiêu: giá trị thực tế, % hoàn thành, tốc độ cần thiết, dự báo cuối kỳ */
        get: {
            parameters: {
                query?: {
                    /** @description Mặc định: hôm nay */
                    asOf?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanProgress"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/province/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng điều khiển của tỉnh: chỉ số chính, theo hạng sao, nhóm, loại hình chủ thể, xã (độ phủ), lịch sử 24 tháng */
        get: {
            parameters: {
                query?: {
                    /** @description Ngày tính các chỉ số tồn (mặc định: hôm nay) */
                    asOf?: string;
                    /** @description Đầu kỳ của các chỉ số trong kỳ (mặc định: 1/1 của năm asOf) */
                    from?: string;
                    /** @description Cuối kỳ (mặc định: asOf) */
                    to?: string;
                    /** @description pre2025: thêm số liệu theo tỉnh, huyện cũ (trước 1/7/2025) qua bảng chuyển đổi */
                    units?: "2025" | "pre2025";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProvinceDashboard"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/national": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng điều khiển toàn quốc: 34 tỉnh, thành phố với các chỉ số chính và tổng cộng (Bộ) */
        get: {
            parameters: {
                query?: {
                    /** @description Ngày tính các chỉ số tồn (mặc định: hôm nay) */
                    asOf?: string;
                    /** @description Đầu kỳ của các chỉ số trong kỳ (mặc định: 1/1 của năm asOf) */
                    from?: string;
                    /** @description Cuối kỳ (mặc định: asOf) */
                    to?: string;
                    /** @description pre2025: thêm số liệu theo tỉnh, huyện cũ (trước 1/7/2025) qua bảng chuyển đổi */
                    units?: "2025" | "pre2025";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NationalDashboard"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/workbook.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Báo cáo Excel: trang tổng hợp (chỉ số, chỉ tiêu kế hoạch) và từng trang phân tích
         * @description Cán bộ, lãnh đạo tỉnh: tỉnh mình; Bộ: mọi tỉnh và toàn quốc; vai trò khác: 403. Số liệu giống hệt bảng điều khiển (cùng cách tính).
         */
        get: {
            parameters: {
                query: {
                    /** @description province: một tỉnh (cần provinceCode); national: toàn quốc (Bộ) */
                    scope: "province" | "national";
                    /** @description Mã tỉnh (đơn vị từ 1/7/2025), bắt buộc khi scope=province */
                    provinceCode?: string;
                    /** @description Ngày tính các chỉ số tồn (mặc định: hôm nay) */
                    asOf?: string;
                    /** @description Đầu kỳ báo cáo (mặc định: 1/1 của năm asOf) */
                    from?: string;
                    /** @description Cuối kỳ báo cáo (mặc định: asOf) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Excel (xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/summary.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Báo cáo tóm tắt PDF: chỉ số chính, tiến độ chỉ tiêu, biểu đồ
         * @description Cán bộ, lãnh đạo tỉnh: tỉnh mình; Bộ: mọi tỉnh và toàn quốc; vai trò khác: 403. Số liệu giống hệt bảng điều khiển (cùng cách tính).
         */
        get: {
            parameters: {
                query: {
                    /** @description province: một tỉnh (cần provinceCode); national: toàn quốc (Bộ) */
                    scope: "province" | "national";
                    /** @description Mã tỉnh (đơn vị từ 1/7/2025), bắt buộc khi scope=province */
                    provinceCode?: string;
                    /** @description Ngày tính các chỉ số tồn (mặc định: hôm nay) */
                    asOf?: string;
                    /** @description Đầu kỳ báo cáo (mặc định: 1/1 của năm asOf) */
                    from?: string;
                    /** @description Cuối kỳ báo cáo (mặc định: asOf) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các bản xuất dữ liệu hằng tháng cho hệ thống OCOP quốc gia (CSV, JSON)
         * @description Định dạng: docs/national-export-format.md. Bộ và cán bộ, lãnh đạo tỉnh.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReportExport"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Xuất ngay dữ liệu một tháng đã qua cho hệ thống OCOP quốc gia (Bộ)
         * @description Tháng đã có đủ tệp thì giữ nguyên (written=false) trừ khi replace=true. Tháng chưa kết thúc: 422.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Tháng cần xuất (đã kết thúc), YYYY-MM */
                        month: string;
                        /** @description Ghi đè bản đã xuất của tháng này (mặc định: giữ bản cũ) */
                        replace?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: tháng này đã có đủ tệp, không ghi lại */
                            written: boolean;
                            items: components["schemas"]["ReportExport"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/exports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải một tệp xuất dữ liệu */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp CSV (UTF-8 có BOM) hoặc JSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trade-events/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chủ thể tham gia sự kiện và sản phẩm trưng bày (chủ thể: của mình; cán bộ xã: của xã) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TradeEventParticipant"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Ghi danh sách chủ thể tham gia, sản phẩm trưng bày và gian hàng (gửi đủ danh sách) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Danh sách đầy đủ chủ thể tham gia (thay danh sách cũ) */
                        participants: {
                            /** Format: uuid */
                            producerId: string;
                            /** @description Sản phẩm của chủ thể trưng bày */
                            productIds?: string[];
                            /** @description Gian hàng, ví dụ "B12" */
                            booth?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TradeEventParticipant"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trade-events/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả sau sự kiện (khách hàng tiềm năng, biên bản ghi nhớ, hợp đồng) và tổng giá trị */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TradeEventOutcome"][];
                            totals: {
                                count: number;
                                /** @description Tổng giá trị (VND; giá trị chưa biết tính là 0) */
                                valueVnd: number;
                                byKind: {
                                    /** @enum {string} */
                                    kind: "lead" | "mou" | "contract";
                                    count: number;
                                    valueVnd: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận một kết quả (chỉ khi sự kiện đã bắt đầu) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description lead: khách hàng tiềm năng; mou: biên bản ghi nhớ; contract: hợp đồng
                         * @enum {string}
                         */
                        kind: "lead" | "mou" | "contract";
                        /** @description Đối tác: nhà phân phối, doanh nghiệp, siêu thị… */
                        counterpart: string;
                        /** @description Giá trị (đồng) */
                        valueVnd?: number | null;
                        note?: string | null;
                        /**
                         * Format: uuid
                         * @description Chủ thể tham gia sự kiện mà kết quả thuộc về
                         */
                        producerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TradeEventOutcome"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trade-events/{id}/outcomes/{outcomeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xoá một kết quả ghi nhầm */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    outcomeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xoá */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục chủ đề tập huấn (tiếng Việt, tiếng Anh) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                code: "digital_transformation" | "packaging_labelling" | "intellectual_property" | "traceability" | "marketing_ecommerce" | "food_safety" | "financial_management" | "ocop_criteria_dossier" | "other";
                                labelVi: string;
                                labelEn: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tỷ lệ cán bộ đã tập huấn / cán bộ đang hoạt động và chủ thể đã tập huấn / chủ thể có sản phẩm OCOP (Bộ và cấp tỉnh) */
        get: {
            parameters: {
                query?: {
                    /** @description Bỏ trống: toàn quốc (Bộ) hoặc tỉnh của bạn */
                    provinceCode?: string;
                    /** @description Lớp bắt đầu từ ngày (mặc định 1/1 năm nay) */
                    from?: string;
                    /** @description Đến ngày (mặc định hôm nay) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCoverage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lớp tập huấn của tỉnh và toàn quốc, mới nhất trước; lọc theo chủ đề, thời gian */
        get: {
            parameters: {
                query?: {
                    province?: string;
                    /** @description Kèm lớp toàn quốc (mặc định có) */
                    includeNational?: string;
                    topic?: "digital_transformation" | "packaging_labelling" | "intellectual_property" | "traceability" | "marketing_ecommerce" | "food_safety" | "financial_management" | "ocop_criteria_dossier" | "other";
                    /** @description Lớp chưa kết thúc trước ngày này */
                    from?: string;
                    /** @description Lớp bắt đầu không muộn hơn ngày này */
                    to?: string;
                    /** @description Tên lớp, không cần dấu */
                    q?: string;
                    /** @description Chỉ các lớp có người của chủ thể này tham gia (tài khoản chủ thể: chỉ của mình) */
                    producerId?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TrainingCourse"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận lớp tập huấn của tỉnh mình (lớp toàn quốc: Bộ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @description null: lớp toàn quốc (do Bộ ghi nhận) */
                        provinceCode: string | null;
                        /** @description Chủ đề (ít nhất một): digital_transformation: Chuyển đổi số; packaging_labelling: Bao bì, nhãn mác; intellectual_property: Sở hữu trí tuệ; traceability: Truy xuất nguồn gốc; marketing_ecommerce: Tiếp thị, thương mại điện tử; food_safety: An toàn thực phẩm; financial_management: Quản lý tài chính; ocop_criteria_dossier: Bộ tiêu chí và hồ sơ OCOP; other: Chủ đề khác */
                        topics: ("digital_transformation" | "packaging_labelling" | "intellectual_property" | "traceability" | "marketing_ecommerce" | "food_safety" | "financial_management" | "ocop_criteria_dossier" | "other")[];
                        startsOn: string;
                        endsOn: string;
                        place?: string | null;
                        organiser?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCourse"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một lớp tập huấn */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCourse"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xoá lớp ghi nhầm (lớp đã có học viên: xoá danh sách trước) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xoá */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa lớp tập huấn */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        /** @description null: lớp toàn quốc (do Bộ ghi nhận) */
                        provinceCode?: string | null;
                        /** @description Chủ đề (ít nhất một): digital_transformation: Chuyển đổi số; packaging_labelling: Bao bì, nhãn mác; intellectual_property: Sở hữu trí tuệ; traceability: Truy xuất nguồn gốc; marketing_ecommerce: Tiếp thị, thương mại điện tử; food_safety: An toàn thực phẩm; financial_management: Quản lý tài chính; ocop_criteria_dossier: Bộ tiêu chí và hồ sơ OCOP; other: Chủ đề khác */
                        topics?: ("digital_transformation" | "packaging_labelling" | "intellectual_property" | "traceability" | "marketing_ecommerce" | "food_safety" | "financial_management" | "ocop_criteria_dossier" | "other")[];
                        startsOn?: string;
                        endsOn?: string;
                        place?: string | null;
                        organiser?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCourse"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/training-courses/{id}/attendance.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách học viên để in, ký nhận (.xlsx): những người bạn được xem, như trên màn hình */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .xlsx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-courses/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Học viên: cán bộ và người của chủ thể (chủ thể: người của mình; cán bộ xã: của xã) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCourseParticipants"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Ghi danh sách học viên (gửi đủ danh sách) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Cán bộ: tài khoản trong tỉnh của lớp */
                        officials: {
                            /** Format: uuid */
                            userId: string;
                            /** @description Đơn vị công tác */
                            organisation?: string | null;
                            /** @description Hoàn thành khoá học (mặc định có) */
                            completed?: boolean;
                        }[];
                        /** @description Người của chủ thể OCOP (một chủ thể có thể cử nhiều người) */
                        producers: {
                            /** Format: uuid */
                            producerId: string;
                            /** @description Họ tên người tham gia */
                            personName: string;
                            completed?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCourseParticipants"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-records/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục loại hỗ trợ (tiếng Việt, tiếng Anh) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                code: "trademark_registration" | "barcode_gs1" | "packaging_label_design" | "stamp_printing" | "lab_tests" | "credit_loans" | "equipment" | "training" | "trade_promotion" | "other";
                                labelVi: string;
                                labelEn: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-records/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải danh sách hỗ trợ (theo bộ lọc, trong phạm vi của bạn) ra Excel, kèm tổng theo loại */
        get: {
            parameters: {
                query?: {
                    province?: string;
                    commune?: string;
                    producerId?: string;
                    productId?: string;
                    kind?: "trademark_registration" | "barcode_gs1" | "packaging_label_design" | "stamp_printing" | "lab_tests" | "credit_loans" | "equipment" | "training" | "trade_promotion" | "other";
                    /** @description Hỗ trợ từ ngày */
                    from?: string;
                    /** @description Hỗ trợ đến ngày */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .xlsx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hỗ trợ cho chủ thể trong phạm vi của bạn (chủ thể: của mình), mới nhất trước, kèm tổng theo loại */
        get: {
            parameters: {
                query?: {
                    province?: string;
                    commune?: string;
                    producerId?: string;
                    productId?: string;
                    kind?: "trademark_registration" | "barcode_gs1" | "packaging_label_design" | "stamp_printing" | "lab_tests" | "credit_loans" | "equipment" | "training" | "trade_promotion" | "other";
                    /** @description Hỗ trợ từ ngày */
                    from?: string;
                    /** @description Hỗ trợ đến ngày */
                    to?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SupportRecord"][];
                            total: number;
                            /** @description Tổng theo loại hỗ trợ, trên toàn bộ kết quả lọc */
                            totals: {
                                count: number;
                                amountVnd: number;
                                byKind: {
                                    /** @enum {string} */
                                    kind: "trademark_registration" | "barcode_gs1" | "packaging_label_design" | "stamp_printing" | "lab_tests" | "credit_loans" | "equipment" | "training" | "trade_promotion" | "other";
                                    count: number;
                                    amountVnd: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận hỗ trợ cho chủ thể của tỉnh mình (Bộ: mọi tỉnh) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        producerId: string;
                        /**
                         * Format: uuid
                         * @description Sản phẩm của chủ thể được hỗ trợ (nếu có)
                         */
                        productId?: string | null;
                        /**
                         * @description Loại hỗ trợ: trademark_registration: Đăng ký nhãn hiệu; barcode_gs1: Mã số mã vạch (GS1); packaging_label_design: Thiết kế bao bì, nhãn mác; stamp_printing: In tem truy xuất, tem OCOP; lab_tests: Kiểm nghiệm sản phẩm; credit_loans: Tín dụng, vốn vay; equipment: Máy móc, trang thiết bị; training: Đào tạo, tập huấn; trade_promotion: Xúc tiến thương mại; other: Hỗ trợ khác
                         * @enum {string}
                         */
                        kind: "trademark_registration" | "barcode_gs1" | "packaging_label_design" | "stamp_printing" | "lab_tests" | "credit_loans" | "equipment" | "training" | "trade_promotion" | "other";
                        description?: string | null;
                        /** @description Số tiền (đồng) */
                        amountVnd: number;
                        /** @description Nguồn kinh phí */
                        fundingSource?: string | null;
                        /** @description Ngày hỗ trợ (không sau hôm nay) */
                        grantedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupportRecord"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một lần hỗ trợ */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupportRecord"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xoá bản ghi nhập nhầm */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xoá */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa một lần hỗ trợ */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        producerId?: string;
                        /**
                         * Format: uuid
                         * @description Sản phẩm của chủ thể được hỗ trợ (nếu có)
                         */
                        productId?: string | null;
                        /**
                         * @description Loại hỗ trợ: trademark_registration: Đăng ký nhãn hiệu; barcode_gs1: Mã số mã vạch (GS1); packaging_label_design: Thiết kế bao bì, nhãn mác; stamp_printing: In tem truy xuất, tem OCOP; lab_tests: Kiểm nghiệm sản phẩm; credit_loans: Tín dụng, vốn vay; equipment: Máy móc, trang thiết bị; training: Đào tạo, tập huấn; trade_promotion: Xúc tiến thương mại; other: Hỗ trợ khác
                         * @enum {string}
                         */
                        kind?: "trademark_registration" | "barcode_gs1" | "packaging_label_design" | "stamp_printing" | "lab_tests" | "credit_loans" | "equipment" | "training" | "trade_promotion" | "other";
                        description?: string | null;
                        /** @description Số tiền (đồng) */
                        amountVnd?: number;
                        /** @description Nguồn kinh phí */
                        fundingSource?: string | null;
                        /** @description Ngày hỗ trợ (không sau hôm nay) */
                        grantedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupportRecord"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/producers/{id}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu hằng năm của chủ thể (doanh thu, lợi nhuận, lao động), năm gần nhất trước */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProducerYearlyFigures"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/producers/{id}/figures/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Nhập số liệu một năm (chủ thể tự nhập; cán bộ tỉnh nhập cho chủ thể của tỉnh) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Doanh thu cả năm (đồng) */
                        revenueVnd?: number | null;
                        /** @description Lợi nhuận (đồng; âm khi lỗ) */
                        profitVnd?: number | null;
                        /** @description Tổng số lao động */
                        jobs?: number | null;
                        /** @description Lao động địa phương (≤ tổng số) */
                        localJobs?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProducerYearlyFigures"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Xoá số liệu một năm nhập nhầm */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xoá */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/impact/revenue-growth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tỷ lệ chủ thể có doanh thu tăng 1,1–1,5 lần (và các mức khác) so với năm trước, trong các chủ thể có số liệu cả hai năm (Bộ và cấp tỉnh) */
        get: {
            parameters: {
                query?: {
                    /** @description Bỏ trống: toàn quốc (Bộ) hoặc tỉnh của bạn */
                    provinceCode?: string;
                    /** @description Năm so với năm trước (mặc định năm ngoái) */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevenueGrowth"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stamp-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lô tem trong phạm vi (tỉnh: của tỉnh; Bộ: cả nước), mới nhất trước */
        get: {
            parameters: {
                query?: {
                    productId?: string;
                    province?: string;
                    status?: "issued" | "printed" | "void";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StampBatch"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Cấp một lô tem cho sản phẩm có giấy chứng nhận còn hiệu lực (số sê-ri nối tiếp, trong hạn mức)
         * @description Từ chối khi giấy chứng nhận hết hạn, bị thu hồi, chưa có hiệu lực hoặc không có (409 STAMP_NOT_ALLOWED), khi vượt hạn mức của giấy chứng nhận (422 STAMP_QUOTA_EXCEEDED). Mọi tem được ghi trong một giao dịch.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        productId: string;
                        /** @description Số tem của lô (1–50000); hạn mức mỗi giấy chứng nhận 100000 tem */
                        quantity: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StampBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stamp-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một lô tem */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StampBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stamp-batches/{id}/printed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận đã in lô tem */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ngày in (mặc định: hôm nay) */
                        printedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StampBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stamp-batches/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy lô tem (thất lạc, in lỗi): mã của lô được xác minh là "đã hủy" sau vài giây */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Lý do hủy lô (thất lạc, in lỗi…) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StampBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stamp-batches/{id}/sheet.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tờ tem in (PDF A4, 24 tem mỗi trang, tối đa 240 tem mỗi lần tải)
         * @description Mỗi tem có mã QR tới /v/{mã}, số sao, chữ OCOP, số sê-ri và mã tem. Lô lớn: tải nhiều lần theo khoảng ?from=&to= (số sê-ri).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Số sê-ri đầu (mặc định: đầu lô) */
                    from?: number;
                    /** @description Số sê-ri cuối (mặc định: from + 240 − 1, trong lô) */
                    to?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp PDF (application/pdf) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stamp-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cảnh báo tem nghi bị sao chép trong phạm vi, mới nhất trước */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "dismissed" | "confirmed";
                    province?: string;
                    code?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StampFlag"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stamp-flags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một cảnh báo, với 50 lượt quét gần nhất của mã */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            product: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            provinceCode: string;
                            /**
                             * @description many_scans: quá nhiều thiết bị quét trong 24 giờ; many_provinces: quét ở ≥ 2 tỉnh trong 24 giờ
                             * @enum {string}
                             */
                            reason: "many_scans" | "many_provinces";
                            details: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            state: "open" | "dismissed" | "confirmed";
                            detectedAt: string;
                            /** Format: uuid */
                            handledBy: string | null;
                            handledAt: string | null;
                            note: string | null;
                            recentScans: {
                                at: string;
                                /** @description 12 ký tự đầu của mã băm thiết bị theo ngày (không lưu địa chỉ IP) */
                                client: string;
                                channel: string;
                                lat: number | null;
                                lon: number | null;
                                provinceCode: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stamp-flags/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bỏ qua cảnh báo (không phải tem giả), ghi chú lý do */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StampFlag"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stamp-flags/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận tem bị sao chép (xử lý tiếp: hủy lô, kiểm tra thị trường) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StampFlag"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/misuse-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phản ánh của người tiêu dùng trong phạm vi (Bộ: cả nước và phản ánh chưa xác định tỉnh) */
        get: {
            parameters: {
                query?: {
                    state?: "new" | "investigating" | "closed";
                    /** @description Bộ: mã tỉnh, hoặc "none" cho phản ánh chưa xác định được tỉnh */
                    province?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MisuseReport"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/misuse-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phản ánh */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MisuseReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Cập nhật phản ánh: đang xác minh, hoặc đóng với kết quả xử lý */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state?: "investigating" | "closed";
                        /** @description Kết quả xử lý (bắt buộc khi đóng) */
                        resolution?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MisuseReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/misuse-reports/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ảnh kèm phản ánh (WebP, đã bỏ siêu dữ liệu) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ảnh WebP */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xác minh một mã tem OCOP (JSON): chính hãng hay không, sản phẩm, chủ thể, số sao, tình trạng
         * @description Công khai, giới hạn 120 lượt/phút mỗi địa chỉ (429 RATE_LIMITED). Không lưu đệm (Cache-Control: no-store). Mỗi lần gọi là một lượt quét (kênh api); lat/lon làm tròn 2 chữ số. Mã sai định dạng hoặc sai ký tự kiểm tra: 404 STAMP_CODE_INVALID (không truy vấn cơ sở dữ liệu).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Vĩ độ (làm tròn 2 chữ số khi lưu) */
                    lat?: number;
                    /** @description Kinh độ (làm tròn 2 chữ số khi lưu) */
                    lon?: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StampVerification"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verify/{code}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi vị trí gần đúng cho lượt quét vừa rồi (trang /v/{mã} gửi khi người dùng đồng ý) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lat: number;
                        lon: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Phản ánh tem giả, tem bị sao chép hoặc sử dụng sai (ảnh + ghi chú)
         * @description Chuyển tới cơ quan OCOP của tỉnh có sản phẩm mang mã tem; mã không thuộc sản phẩm nào: tỉnh gần vị trí đã gửi; không có: Bộ. Ảnh ≤ 5 MB (base64), kiểm tra định dạng và mã hóa lại. 10 lượt/phút.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Mã tem đã quét hoặc in trên tem (có thể là mã giả) */
                        code?: string | null;
                        /** @description Mô tả vấn đề */
                        note: string;
                        /** @description Số điện thoại hoặc e-mail (không bắt buộc) */
                        contact?: string | null;
                        /** @description Nơi mua hoặc nơi thấy sản phẩm */
                        place?: string | null;
                        lat?: number;
                        lon?: number;
                        /** @description Ảnh JPEG, PNG, WebP hoặc HEIC mã hóa base64, tối đa 5 MB */
                        photoBase64?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MisuseReportReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            instance?: string;
            requestId?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            state?: string;
            allowedActions?: string[];
        };
        ProvinceInput: {
            code: string;
            name: string;
            type: string;
            fullName: string;
            nameEn: string;
        };
        CommuneInput: {
            code: string;
            name: string;
            type: string;
            fullName: string;
            provinceCode: string;
        };
        ResolvedAddressInput: {
            matches: {
                communeCode: string;
                communeName: string;
                provinceCode: string;
                provinceName: string;
                /** @enum {string} */
                via: "2025" | "pre2025-mapping";
            }[];
            ambiguous: boolean;
        };
        UserInput: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "ministry_admin" | "ministry_leader" | "province_officer" | "province_leader" | "commune_officer" | "council_member" | "producer";
            provinceCode: string | null;
            communeCode: string | null;
            /** Format: uuid */
            producerId: string | null;
            email: string | null;
            isActive: boolean;
        };
        CouncilInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "province" | "central";
            provinceCode: string | null;
            name: string;
            establishedBy: string | null;
            establishedOn: string | null;
            quorumPercent: number;
            isActive: boolean;
            members: {
                /** Format: uuid */
                userId: string;
                displayName: string;
                role: string;
                agency: string | null;
                position: string | null;
            }[];
        };
        CriteriaSetSummaryInput: {
            /** @description Số quyết định, ví dụ "26/2026/QĐ-TTg" */
            id: string;
            /** @description Dạng dùng được trong URL, ví dụ "26-2026-qd-ttg" */
            slug: string;
            title: string;
            effectiveFrom: string;
            dataVersion: string;
            /** @description sha256 của tệp dữ liệu tiêu chí */
            fingerprint: string;
            /** @description Bộ tiêu chí áp dụng khi đánh giá không ghi rõ (hiệu lực mới nhất) */
            current: boolean;
            productSets: {
                id: number;
                name: string;
                sector: string;
                group: string;
                maxPoints: number;
            }[];
        };
        CriteriaSheetInput: {
            id: number;
            name: string;
            sector: string;
            group: string;
            subgroup: string | null;
            maxPoints: number;
            criteriaSet: {
                /** @description Số quyết định, ví dụ "26/2026/QĐ-TTg" */
                id: string;
                /** @description Dạng dùng được trong URL, ví dụ "26-2026-qd-ttg" */
                slug: string;
                title: string;
                effectiveFrom: string;
                dataVersion: string;
                /** @description sha256 của tệp dữ liệu tiêu chí */
                fingerprint: string;
                /** @description Bộ tiêu chí áp dụng khi đánh giá không ghi rõ (hiệu lực mới nhất) */
                current: boolean;
            };
            starBands: {
                stars: number;
                min: number;
                label: string;
                certified: boolean;
                recognizedBy: string | null;
            }[];
            gates: {
                id: string;
                /** @enum {string} */
                scope: "dossier" | "criterion" | "section";
                /** @enum {string} */
                effect: "reject" | "stopEvaluation" | "notEvaluated";
                text: string;
                criterionCode?: string;
                sectionCode?: string;
            }[];
            parts: {
                code: string;
                name: string;
                maxPoints: number;
                sections: {
                    code: string;
                    name: string;
                    maxPoints: number;
                    note?: string;
                    groups?: {
                        code: string;
                        name: string;
                        maxPoints: number;
                        criteriaCodes: string[];
                    }[];
                    criteria: {
                        code: string;
                        name: string;
                        maxPoints: number;
                        note?: string;
                        options: {
                            /** @description Giá trị trả lời: chỉ số phương án, bắt đầu từ 0 */
                            index: number;
                            label: string;
                            points: number;
                            /** @description Dấu sao: yêu cầu tối thiểu của hạng 3, 4 hoặc 5 sao */
                            minStarFor: number | null;
                            case?: string;
                            synthetic?: boolean;
                        }[];
                        group?: string;
                        cases?: {
                            code: string;
                            label: string;
                        }[];
                        caseInstruction?: string;
                        appliesWhen?: {
                            criterionCode: string;
                            reason: string;
                        };
                        impliedBySection?: boolean;
                    }[];
                }[];
            }[];
        };
        RegradeReportInput: {
            criteriaSetId: string;
            fingerprint: string;
            evaluated: number;
            changed: {
                /** Format: uuid */
                productId: string;
                productName: string;
                productSetId: number;
                before: {
                    total: number;
                    stars: number;
                };
                after: {
                    total: number;
                    stars: number;
                };
                certifiedStars: number | null;
            }[];
            unchanged: number;
            failed: {
                /** Format: uuid */
                productId: string;
                productName: string;
                reason: string;
            }[];
        };
        IndicatorParamsInput: {
            minStars?: 3 | 4 | 5;
            types?: ("cooperative" | "cooperative_group" | "sme" | "farm" | "household" | "society" | "association" | "operating_centre" | "equivalent_organisation")[];
            channels?: ("ecommerce" | "retail" | "social" | "website")[];
            /** @enum {string} */
            level?: "commune" | "province" | "national";
            supportKind?: string;
            eventKinds?: ("fair" | "exhibition" | "supply_demand" | "other")[];
            year?: number;
            minRatio?: number;
            maxRatio?: number;
            /** @enum {string} */
            unit?: "count" | "percent" | "vnd";
        };
        IndicatorResultInput: {
            /** @enum {string} */
            code: "certified_products" | "five_star_products" | "communes_covered" | "commune_coverage" | "producer_type_share" | "modern_channel_share" | "portal_listed_share" | "sale_points" | "new_certified_products" | "upgraded_products" | "recertified_products" | "officials_trained_share" | "producers_trained" | "support_count" | "support_amount" | "fairs_held" | "contracts_signed" | "revenue_reported" | "jobs_reported" | "revenue_growth_share" | "exported_products" | "programme_budget" | "custom";
            label: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            unit: "count" | "percent" | "vnd";
            noun: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            kind: "stock" | "flow" | "yearly";
            params: components["schemas"]["IndicatorParamsInput"];
            value: number | null;
            /**
             * @description computed: tính từ dữ liệu; manual: nhập tay
             * @enum {string}
             */
            source: "computed" | "manual";
            numerator: number | null;
            denominator: number | null;
            breakdown: {
                [key: string]: number;
            } | null;
            measured: {
                asOf?: string;
                from?: string;
                to?: string;
                year?: number;
            };
            /**
             * @description Mức chính xác khi tính lùi về một ngày trong quá khứ (partial: một phần dữ liệu không có lịch sử)
             * @enum {string}
             */
            history: "exact" | "partial" | "none";
        };
        IndicatorDefinitionInput: {
            /** @enum {string} */
            code: "certified_products" | "five_star_products" | "communes_covered" | "commune_coverage" | "producer_type_share" | "modern_channel_share" | "portal_listed_share" | "sale_points" | "new_certified_products" | "upgraded_products" | "recertified_products" | "officials_trained_share" | "producers_trained" | "support_count" | "support_amount" | "fairs_held" | "contracts_signed" | "revenue_reported" | "jobs_reported" | "revenue_growth_share" | "exported_products" | "programme_budget" | "custom";
            label: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            unit: "count" | "percent" | "vnd";
            noun: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            kind: "stock" | "flow" | "yearly";
            manualOnly: boolean;
            /** @enum {string} */
            history: "exact" | "partial" | "none";
            params: string[];
        };
        ProvinceDashboardInput: {
            province: {
                code: string;
                name: string;
            };
            window: {
                asOf: string;
                from: string;
                to: string;
            };
            headline: components["schemas"]["IndicatorResultInput"][];
            byStars: {
                3: number;
                4: number;
                5: number;
            };
            byGroup: {
                sectorCode: string;
                sector: string;
                groupCode: string;
                group: string;
                products: number;
            }[];
            bySector: {
                sectorCode: string;
                sector: string;
                products: number;
            }[];
            unclassifiedProducts: number;
            byProducerType: {
                type: string;
                label: {
                    vi: string;
                    en: string;
                };
                producers: number;
                products: number;
            }[];
            communes: {
                code: string;
                name: string;
                type: string;
                products: number;
                byStars: {
                    3: number;
                    4: number;
                    5: number;
                };
                isCovered: boolean;
            }[];
            coverage: {
                covered: number;
                total: number;
                percent: number | null;
            };
            history: {
                /** @description YYYY-MM */
                month: string;
                /** @description Ngày cuối tháng (tháng hiện tại: asOf) */
                date: string;
                total: number;
                byStars: {
                    3: number;
                    4: number;
                    5: number;
                };
            }[];
            pre2025: {
                note: {
                    vi: string;
                    en: string;
                };
                provinces: {
                    code: string;
                    name: string;
                    provinceCode: string | null;
                    products: number;
                    byStars: {
                        3: number;
                        4: number;
                        5: number;
                    };
                    /** @description Sản phẩm ở xã mới lập từ nhiều đơn vị cũ (tính theo ước lượng) */
                    approximateProducts: number;
                }[];
                districts: {
                    code: string;
                    name: string;
                    provinceCode: string | null;
                    products: number;
                    byStars: {
                        3: number;
                        4: number;
                        5: number;
                    };
                    /** @description Sản phẩm ở xã mới lập từ nhiều đơn vị cũ (tính theo ước lượng) */
                    approximateProducts: number;
                }[];
                unattributedProducts: number;
                history: {
                    code: string;
                    name: string;
                    points: {
                        /** @description YYYY-MM */
                        month: string;
                        /** @description Ngày cuối tháng (tháng hiện tại: asOf) */
                        date: string;
                        total: number;
                        byStars: {
                            3: number;
                            4: number;
                            5: number;
                        };
                    }[];
                }[];
            } | null;
        };
        NationalDashboardInput: {
            window: {
                asOf: string;
                from: string;
                to: string;
            };
            headline: components["schemas"]["IndicatorResultInput"][];
            provinces: {
                code: string;
                name: string;
                products: number;
                byStars: {
                    3: number;
                    4: number;
                    5: number;
                };
                communesCovered: number;
                communesTotal: number;
                coveragePercent: number | null;
                producers: number;
                newProducts: number;
                upgradedProducts: number;
                salePoints: number;
            }[];
            totals: {
                products: number;
                byStars: {
                    3: number;
                    4: number;
                    5: number;
                };
                communesCovered: number;
                communesTotal: number;
                coveragePercent: number | null;
                producers: number;
                newProducts: number;
                upgradedProducts: number;
                salePoints: number;
            };
            byStars: {
                3: number;
                4: number;
                5: number;
            };
            byGroup: {
                sectorCode: string;
                sector: string;
                groupCode: string;
                group: string;
                products: number;
            }[];
            bySector: {
                sectorCode: string;
                sector: string;
                products: number;
            }[];
            unclassifiedProducts: number;
            byProducerType: {
                type: string;
                label: {
                    vi: string;
                    en: string;
                };
                producers: number;
                products: number;
            }[];
            history: {
                /** @description YYYY-MM */
                month: string;
                /** @description Ngày cuối tháng (tháng hiện tại: asOf) */
                date: string;
                total: number;
                byStars: {
                    3: number;
                    4: number;
                    5: number;
                };
            }[];
            pre2025: {
                note: {
                    vi: string;
                    en: string;
                };
                provinces: {
                    code: string;
                    name: string;
                    provinceCode: string | null;
                    products: number;
                    byStars: {
                        3: number;
                        4: number;
                        5: number;
                    };
                    /** @description Sản phẩm ở xã mới lập từ nhiều đơn vị cũ (tính theo ước lượng) */
                    approximateProducts: number;
                }[];
                districts: {
                    code: string;
                    name: string;
                    provinceCode: string | null;
                    products: number;
                    byStars: {
                        3: number;
                        4: number;
                        5: number;
                    };
                    /** @description Sản phẩm ở xã mới lập từ nhiều đơn vị cũ (tính theo ước lượng) */
                    approximateProducts: number;
                }[];
                unattributedProducts: number;
                history: {
                    code: string;
                    name: string;
                    points: {
                        /** @description YYYY-MM */
                        month: string;
                        /** @description Ngày cuối tháng (tháng hiện tại: asOf) */
                        date: string;
                        total: number;
                        byStars: {
                            3: number;
                            4: number;
                            5: number;
                        };
                    }[];
                }[];
            } | null;
        };
        DecisionInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "province" | "central";
            provinceCode: string | null;
            /** @enum {string} */
            status: "draft" | "signed";
            title: string;
            number: string | null;
            signedOn: string | null;
            createdAt: string;
            authorityName: string | null;
            items: {
                /** Format: uuid */
                dossierId: string;
                dossierCode: string;
                state: string;
                stateLabel: {
                    vi: string;
                    en: string;
                };
                /** Format: uuid */
                productId: string;
                productName: string;
                producerName: string;
                address: string;
                productSetId: number;
                productSetName: string;
                total: number | null;
                stars: number | null;
                isNominated: boolean;
                /** Format: uuid */
                certificateId: string | null;
                certificateNumber: string | null;
            }[];
        };
        EvidenceInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            producerId: string;
            type: string;
            typeLabel: string;
            /** @description Loại giấy tờ này thường có thời hạn (cần ngày hết hiệu lực) */
            expectsExpiry: boolean;
            title: string;
            number: string | null;
            issuer: string | null;
            issuedOn: string | null;
            validFrom: string | null;
            validTo: string | null;
            /**
             * @description valid | expiring (≤ 90 ngày) | expired | no_expiry
             * @enum {string}
             */
            status: "valid" | "expiring" | "expired" | "no_expiry";
            fileName: string;
            mimeType: string;
            sizeBytes: number;
            sha256: string;
            /** @description Tải tệp (cần đăng nhập và quyền xem) */
            fileUrl: string;
            isArchived: boolean;
            createdAt: string;
            updatedAt: string;
        };
        EvidenceWarningInput: {
            /** Format: uuid */
            evidenceId: string;
            /** @enum {string} */
            kind: "expired" | "expires_before_decision";
            validTo: string;
            message: string;
            messageEn: string;
        };
        DossierEvidenceInput: {
            /** @description Hạn ra quyết định của đợt đánh giá (null: chưa vào đợt) */
            decisionDeadline: string | null;
            items: {
                evidence: components["schemas"]["EvidenceInput"];
                criterionCode: string | null;
                note: string | null;
                linkedAt: string;
                /** @enum {string|null} */
                warning: "expired" | "expires_before_decision" | null;
            }[];
            warnings: components["schemas"]["EvidenceWarningInput"][];
        };
        DossierInput: {
            /** Format: uuid */
            id: string;
            code: string;
            /** @enum {string} */
            state: "draft" | "commune_review" | "returned_by_commune" | "province_review" | "supplement_requested" | "council_scoring" | "council_discussion" | "council_proposed" | "decision_drafted" | "central_review" | "central_scoring" | "central_discussion" | "central_proposed" | "central_decision_drafted" | "returned_to_province" | "recognised" | "not_recognised" | "rejected" | "withdrawn";
            stateLabel: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            registrationType: "first" | "upgrade" | "re_evaluation";
            product: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string | null;
            };
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            provinceCode: string;
            communeCode: string;
            address: string;
            round: {
                /** Format: uuid */
                id: string;
                name: string;
                intakeDeadline: string;
                decisionDeadline: string;
            } | null;
            criteriaSetId: string;
            productSetId: number;
            form01: {
                [key: string]: unknown;
            };
            form02: {
                [key: string]: unknown;
            };
            form03: {
                [key: string]: unknown;
            } | null;
            selfAssessment: {
                /** @description Mã tiêu chí → chỉ số phương án (0-based) */
                answers: {
                    [key: string]: number;
                };
                gates?: string[];
            } | null;
            selfTotal: number | null;
            selfStars: number | null;
            /** @description Những mục còn thiếu trước khi nộp */
            missing: string[];
            /** @description Như missing, bằng hai thứ tiếng / the same, in both languages */
            missingItems: {
                vi: string;
                en: string;
            }[];
            /** @enum {string|null} */
            councilMode: "meeting" | "written" | null;
            scoringPass: number;
            resultTotal: number | null;
            resultStars: number | null;
            centralTotal: number | null;
            centralStars: number | null;
            isNominated: boolean;
            /** Format: uuid */
            decisionId: string | null;
            /** Format: uuid */
            centralDecisionId: string | null;
            /** Format: uuid */
            certificateId: string | null;
            /** Format: uuid */
            baseCertificateId: string | null;
            /** Format: uuid */
            previousDossierId: string | null;
            lastReason: string | null;
            submittedOn: string | null;
            completeOn: string | null;
            dueOn: string | null;
            isOverdue: boolean;
            workingDaysLeft: number | null;
            capacities: string[];
            allowedActions: ("submit" | "withdraw" | "return" | "forward" | "request_supplement" | "reject" | "send_to_council" | "open_discussion" | "request_rescore" | "finalize" | "prepare_decision" | "sign" | "return_to_province" | "re_evaluate")[];
            timeline: {
                action: string;
                fromState: string | null;
                toState: string;
                actorLabel: string;
                /** @description Tên người thực hiện */
                actorName: string;
                note: string | null;
                dueOn: string | null;
                at: string;
            }[];
            council: {
                province: {
                    /** @enum {string} */
                    level: "province" | "central";
                    council: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        quorumPercent: number;
                    };
                    /** @enum {string|null} */
                    mode: "meeting" | "written" | null;
                    pass: number | null;
                    sheetsOpen: boolean;
                    members: {
                        /** Format: uuid */
                        userId: string;
                        displayName: string;
                        role: string;
                        agency: string | null;
                        isRecused: boolean;
                        recusalReason: string | null;
                        hasSubmitted: boolean;
                    }[];
                    quorum: {
                        met: boolean;
                        present: number;
                        total: number;
                        required: number;
                        chairPresent: boolean;
                        text: string;
                    };
                    /** @description Phiếu của chính bạn; phiếu người khác chỉ sau khi bạn nộp và Chủ tịch mở thảo luận */
                    sheets: {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        memberId: string;
                        memberName: string;
                        pass: number;
                        total: number;
                        stars: number;
                        opinion: string | null;
                        /** @description Mã tiêu chí → chỉ số phương án (0-based) */
                        answers: {
                            [key: string]: number;
                        };
                        gates: string[];
                        fingerprint: string;
                        /** Format: uuid */
                        supersedesId: string | null;
                        submittedAt: string;
                    }[];
                    result: {
                        total: number;
                        stars: number;
                        divergent: boolean;
                        spread: number;
                        sheetTotals: number[];
                    } | null;
                    advisoryReports: {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        onDate: string;
                        summary: string;
                        findings: string | null;
                        requestedTests: string | null;
                        /** Format: uuid */
                        authorId: string;
                        createdAt: string;
                    }[];
                } | null;
                central: {
                    /** @enum {string} */
                    level: "province" | "central";
                    council: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        quorumPercent: number;
                    };
                    /** @enum {string|null} */
                    mode: "meeting" | "written" | null;
                    pass: number | null;
                    sheetsOpen: boolean;
                    members: {
                        /** Format: uuid */
                        userId: string;
                        displayName: string;
                        role: string;
                        agency: string | null;
                        isRecused: boolean;
                        recusalReason: string | null;
                        hasSubmitted: boolean;
                    }[];
                    quorum: {
                        met: boolean;
                        present: number;
                        total: number;
                        required: number;
                        chairPresent: boolean;
                        text: string;
                    };
                    /** @description Phiếu của chính bạn; phiếu người khác chỉ sau khi bạn nộp và Chủ tịch mở thảo luận */
                    sheets: {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        memberId: string;
                        memberName: string;
                        pass: number;
                        total: number;
                        stars: number;
                        opinion: string | null;
                        /** @description Mã tiêu chí → chỉ số phương án (0-based) */
                        answers: {
                            [key: string]: number;
                        };
                        gates: string[];
                        fingerprint: string;
                        /** Format: uuid */
                        supersedesId: string | null;
                        submittedAt: string;
                    }[];
                    result: {
                        total: number;
                        stars: number;
                        divergent: boolean;
                        spread: number;
                        sheetTotals: number[];
                    } | null;
                    advisoryReports: {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        onDate: string;
                        summary: string;
                        findings: string | null;
                        requestedTests: string | null;
                        /** Format: uuid */
                        authorId: string;
                        createdAt: string;
                    }[];
                } | null;
            };
            /** @description Nâng hạng / đánh giá lại: thay đổi so với hồ sơ trước */
            changes: {
                forms: {
                    form: string;
                    key: string;
                    label: string;
                    before: unknown;
                    after: unknown;
                }[];
                answers: {
                    criterionCode: string;
                    before: number | null;
                    after: number | null;
                }[];
            } | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        ProducerInput: {
            /** Format: uuid */
            id: string;
            name: string;
            type: string;
            taxCode: string | null;
            representativeName: string | null;
            /** @enum {string|null} */
            representativeGender: "male" | "female" | null;
            representativeEthnicity: string | null;
            commune: {
                code: string;
                name: string;
            };
            province: {
                code: string;
                name: string;
            };
            street: string | null;
            phone: string | null;
            email: string | null;
            website: string | null;
            isArchived: boolean;
            createdAt: string;
            updatedAt: string;
        };
        ProducerYearlyFiguresInput: {
            /** Format: uuid */
            producerId: string;
            year: number;
            revenueVnd: number | null;
            profitVnd: number | null;
            jobs: number | null;
            localJobs: number | null;
            /** @description So với năm trước, khi có doanh thu cả hai năm */
            revenueGrowth: {
                ratio: number;
                /**
                 * @description declined: giảm; below_1_1: tăng dưới 1,1 lần; from_1_1_to_1_5: tăng 1,1–1,5 lần (kể cả hai đầu); above_1_5: tăng trên 1,5 lần
                 * @enum {string}
                 */
                band: "declined" | "below_1_1" | "from_1_1_to_1_5" | "above_1_5";
            } | null;
            /** Format: uuid */
            enteredBy: string | null;
            enteredAt: string;
        };
        RevenueGrowthInput: {
            provinceCode: string | null;
            year: number;
            previousYear: number;
            /** @description Chủ thể có doanh thu cả hai năm (năm trước > 0) */
            compared: number;
            /** @description Chủ thể có cả hai năm nhưng năm trước doanh thu bằng 0 */
            notComparable: number;
            bands: {
                /**
                 * @description declined: giảm; below_1_1: tăng dưới 1,1 lần; from_1_1_to_1_5: tăng 1,1–1,5 lần (kể cả hai đầu); above_1_5: tăng trên 1,5 lần
                 * @enum {string}
                 */
                band: "declined" | "below_1_1" | "from_1_1_to_1_5" | "above_1_5";
                count: number;
                share: number | null;
            }[];
        };
        ImportBatchInput: {
            /** Format: uuid */
            id: string;
            fileName: string;
            /** @enum {string} */
            status: "uploaded" | "previewing" | "previewed" | "committing" | "committed" | "failed";
            rowCount: number;
            headerRowIndex: number;
            columns: {
                index: number;
                header: string;
                field: string | null;
            }[];
            fields: {
                field: string;
                label: string;
                required: boolean;
            }[];
            mapping: {
                [key: string]: number | null;
            };
            defaultProvinceCode: string | null;
            progress: {
                done: number;
                total: number;
            } | null;
            summary: {
                rows: number;
                create: number;
                update: number;
                unchanged: number;
                error: number;
                needsChoice: number;
                duplicateInFile: number;
                producersCreated: number;
                productsCreated: number;
                certificatesCreated: number;
            } | null;
            error: string | null;
            createdAt: string;
            committedAt: string | null;
        };
        ImportRowInput: {
            rowNumber: number;
            /** @enum {string} */
            outcome: "create" | "update" | "unchanged" | "error" | "needs_choice" | "duplicate_in_file";
            messages: string[];
            productName: string | null;
            producerName: string | null;
            addressText: string;
            communeCode: string | null;
            communeName: string | null;
            provinceName: string | null;
            stars: number | null;
            year: number | null;
            productSetId: number | null;
            candidates: {
                communeCode: string;
                communeName: string;
                provinceName: string;
            }[];
        };
        MarketplaceInput: {
            /** Format: uuid */
            id: string;
            name: string;
            webhookUrl: string;
            isActive: boolean;
            /** Format: uuid */
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
        };
        MarketplaceWithSecretInput: {
            /** Format: uuid */
            id: string;
            name: string;
            webhookUrl: string;
            isActive: boolean;
            /** Format: uuid */
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            /** @description Khoá ký HMAC-SHA256: chỉ hiển thị một lần, hãy lưu lại ngay */
            secret: string;
        };
        WebhookDeliveryInput: {
            /** Format: uuid */
            id: string;
            /** @description certificate.revoked | certificate.recertified | certificate.expired */
            event: string;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            nextAttemptAt: string | null;
            lastError: string | null;
            deliveredAt: string | null;
            createdAt: string;
        };
        NotificationInput: {
            /** Format: uuid */
            id: string;
            /** @description dossier_overdue | re_evaluation_window | revocation_due | dossier_transition | … */
            kind: string;
            title: string;
            body: string;
            /** @description Đường dẫn trong ứng dụng (/admin/#/…) */
            link: string | null;
            entity: string | null;
            entityId: string | null;
            isRead: boolean;
            readAt: string | null;
            /** @enum {string} */
            emailStatus: "none" | "pending" | "sent" | "failed";
            createdAt: string;
        };
        PlanTargetInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            indicator: "certified_products" | "five_star_products" | "communes_covered" | "commune_coverage" | "producer_type_share" | "modern_channel_share" | "portal_listed_share" | "sale_points" | "new_certified_products" | "upgraded_products" | "recertified_products" | "officials_trained_share" | "producers_trained" | "support_count" | "support_amount" | "fairs_held" | "contracts_signed" | "revenue_reported" | "jobs_reported" | "revenue_growth_share" | "exported_products" | "programme_budget" | "custom";
            label: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            unit: "count" | "percent" | "vnd";
            manualOnly: boolean;
            params: components["schemas"]["IndicatorParamsInput"];
            /** @enum {string} */
            comparator: ">=" | ">" | "<=" | "=";
            targetValue: number;
            wording: string | null;
            manualValue: number | null;
            manualAsOf: string | null;
        };
        PlanInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "province" | "national";
            province: {
                code: string;
                name: string;
            } | null;
            name: string;
            decisionRef: string | null;
            periodFrom: string;
            periodTo: string;
            createdAt: string;
            updatedAt: string;
            targets: components["schemas"]["PlanTargetInput"][];
        };
        PlanProgressInput: {
            plan: components["schemas"]["PlanInput"];
            asOf: string;
            /** @description Ngày tính: asOf giới hạn trong kỳ kế hoạch */
            measuredOn: string;
            targets: {
                target: components["schemas"]["PlanTargetInput"];
                actual: components["schemas"]["IndicatorResultInput"];
                startValue: number | null;
                progress: {
                    met: boolean | null;
                    progressPercent: number | null;
                    remaining: number | null;
                    monthsElapsed: number;
                    monthsLeft: number;
                    /** @description Mức cần tăng mỗi tháng để đạt chỉ tiêu cuối kỳ */
                    paceNeededPerMonth: number | null;
                    currentPacePerMonth: number | null;
                    /** @description Dự báo cuối kỳ theo tốc độ từ đầu kỳ */
                    forecast: number | null;
                    forecastMet: boolean | null;
                };
            }[];
        };
        ProductListItemInput: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
                type: string;
            };
            province: {
                code: string;
                name: string;
            };
            commune: {
                code: string;
                name: string;
            };
            productSetId: number | null;
            ocopCode: string | null;
            stars: number | null;
            /** @enum {string} */
            certificateStatus: "valid" | "expiring" | "extended" | "expired" | "revoked" | "not_yet_valid" | "none";
            validTo: string | null;
        };
        CertificateInput: {
            /** Format: uuid */
            id: string;
            number: string | null;
            decisionNumber: string | null;
            decisionDate: string | null;
            /** @enum {string} */
            issuingLevel: "province" | "ministry";
            authorityName: string | null;
            stars: number;
            score: number | null;
            validFrom: string;
            validTo: string;
            /** @enum {string} */
            datesPrecision: "day" | "year";
            /** @enum {string} */
            status: "valid" | "expiring" | "extended" | "expired" | "revoked" | "not_yet_valid" | "none";
            revokedOn: string | null;
            revocationGround: string | null;
            reEvaluationPendingSince: string | null;
        };
        ProductInput: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
                type: string;
            };
            productSetId: number | null;
            productSet: {
                id: number;
                name: string;
                sectorCode: string;
                sector: string;
                groupCode: string;
                group: string;
            } | null;
            commune: {
                code: string;
                name: string;
            };
            province: {
                code: string;
                name: string;
            };
            description: string | null;
            story: string | null;
            gtin: string | null;
            gtinIsVietnamese: boolean;
            packaging: string | null;
            unit: string | null;
            ocopCode: string | null;
            saleChannels: {
                kind: string;
                url: string;
            }[];
            photos: {
                /** Format: uuid */
                id: string;
                url: string;
                thumbUrl: string;
                width: number;
                height: number;
            }[];
            stars: number | null;
            /** @enum {string} */
            certificateStatus: "valid" | "expiring" | "extended" | "expired" | "revoked" | "not_yet_valid" | "none";
            certificates: components["schemas"]["CertificateInput"][];
            isArchived: boolean;
            createdAt: string;
            updatedAt: string;
        };
        ProductStatusInput: {
            /** Format: uuid */
            productId: string;
            name: string;
            ocopCode: string | null;
            gtin: string | null;
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            province: {
                code: string;
                name: string;
            };
            /** @description Hạng sao của giấy chứng nhận hiện tại (kể cả khi đã hết hạn) */
            stars: number | null;
            /**
             * @description valid: còn hiệu lực; expiring: còn ≤ 180 ngày; extended: hết hạn nhưng đang đánh giá lại (tối đa 180 ngày); expired: hết hiệu lực; revoked: bị thu hồi; not_yet_valid: chưa đến ngày hiệu lực; none: chưa có giấy chứng nhận
             * @enum {string}
             */
            status: "valid" | "expiring" | "extended" | "expired" | "revoked" | "not_yet_valid" | "none";
            certificate: {
                /** Format: uuid */
                id: string;
                number: string | null;
                decisionNumber: string | null;
                /** @description province: UBND tỉnh (3–4 sao); ministry: Bộ (5 sao) */
                issuingLevel: string;
                validFrom: string;
                validTo: string;
                extendedUntil: string | null;
                daysLeft: number | null;
            } | null;
            revocation: {
                revokedOn: string;
                /** @description Điều 8 khoản 1 Quyết định 26/2026/QĐ-TTg: a, b, c, d, dd (điểm đ), e */
                ground: string;
                groundLabel: string;
                groundLabelEn: string;
            } | null;
            /** @description Trang sản phẩm trên cổng thông tin OCOP */
            url: string;
            /** @description Ngày (giờ Việt Nam) trạng thái được tính */
            checkedOn: string;
        };
        ReportExportInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "national_monthly" | "workbook" | "summary_pdf";
            /** @description YYYY-MM */
            month: string;
            periodFrom: string;
            periodTo: string;
            /** @description csv (sản phẩm), summary_csv (tổng hợp theo tỉnh), json (cả hai) */
            format: string;
            fileName: string;
            mimeType: string;
            rowCount: number | null;
            createdAt: string;
        };
        RevocationInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "proposed" | "revoked" | "dismissed";
            /**
             * @description province: Chủ tịch UBND tỉnh (3–4 sao); central: Bộ trưởng (5 sao)
             * @enum {string}
             */
            level: "province" | "central";
            provinceCode: string | null;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                producerId: string;
            };
            certificate: {
                /** Format: uuid */
                id: string;
                number: string | null;
                stars: number;
                validFrom: string;
                validTo: string;
            };
            /** @enum {string} */
            ground: "a" | "b" | "c" | "d" | "dd" | "e";
            groundLabel: string;
            description: string;
            concludedOn: string;
            /** @description Hạn quyết định: ngày kết luận + 15 ngày (Điều 8) */
            dueOn: string;
            isOverdue: boolean;
            evidenceIds: string[];
            /** Format: uuid */
            proposedBy: string | null;
            decisionNumber: string | null;
            decidedOn: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            decisionNote: string | null;
            allowedActions: ("revoke" | "dismiss")[];
            createdAt: string;
            updatedAt: string;
        };
        EvaluationRoundInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "province" | "central";
            provinceCode: string | null;
            name: string;
            year: number;
            intakeDeadline: string;
            decisionDeadline: string;
            isClosed: boolean;
        };
        SalePointSummaryInput: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            address: string;
            province: {
                code: string;
                name: string;
            };
            commune: {
                code: string;
                name: string;
            } | null;
            lat: number | null;
            lon: number | null;
            /** @enum {string} */
            level: "commune" | "province" | "national";
            locationType: string | null;
            phone: string | null;
            openingHours: string | null;
            website: string | null;
            recognisedBy: string | null;
            recognisedOn: string | null;
            isActive: boolean;
            productCount: number;
            createdAt: string;
            updatedAt: string;
        };
        SalePointInput: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            address: string;
            province: {
                code: string;
                name: string;
            };
            commune: {
                code: string;
                name: string;
            } | null;
            lat: number | null;
            lon: number | null;
            /** @enum {string} */
            level: "commune" | "province" | "national";
            locationType: string | null;
            phone: string | null;
            openingHours: string | null;
            website: string | null;
            recognisedBy: string | null;
            recognisedOn: string | null;
            isActive: boolean;
            productCount: number;
            createdAt: string;
            updatedAt: string;
            products: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
                stars: number | null;
                /** @enum {string} */
                status: "valid" | "expiring" | "extended" | "expired" | "revoked" | "not_yet_valid" | "none";
            }[];
        };
        EvaluationResultInput: {
            criteriaSetId: string;
            productSetId: number;
            productSetName: string;
            sheetCount: number;
            sheetTotals: number[];
            /** @description Tổng điểm (làm tròn xuống 2 chữ số thập phân) */
            total: number;
            totalText: string;
            /** @description Hạng theo tổng điểm (Điều 3) */
            bandStars: number;
            /** @description Hạng dự kiến sau khi xét yêu cầu tối thiểu (dấu sao) */
            stars: number;
            certifiable: boolean;
            divergent: boolean;
            spread: number;
            /** @description Để đạt hạng N sao còn thiếu yêu cầu tối thiểu ở các tiêu chí này */
            blockedBy: {
                stars: number;
                criteria: {
                    criterionCode: string;
                    criterionName: string;
                    points: number;
                    requiredPoints: number;
                    requiredOption: {
                        index: number;
                        label: string;
                        minStarFor: number;
                    };
                }[];
            }[];
            gates: {
                id: string;
                /** @enum {string} */
                scope: "dossier" | "criterion" | "section";
                /** @enum {string} */
                effect: "reject" | "stopEvaluation" | "notEvaluated";
                text: string;
                criterionCode?: string;
                sectionCode?: string;
                sheets: number[];
            }[];
            parts: {
                code: string;
                name: string;
                maxPoints: number;
                points: number;
                sections: {
                    code: string;
                    name: string;
                    maxPoints: number;
                    points: number;
                    groups?: {
                        code: string;
                        name: string;
                        maxPoints: number;
                        points: number;
                    }[];
                }[];
            }[];
            criteria: {
                code: string;
                name: string;
                maxPoints: number;
                points: number;
                sheetPoints: number[];
                unansweredOn: number[];
                notApplicableOn: number[];
            }[];
        };
        StampVerificationInput: {
            /** @description Mã tem chuẩn (13 ký tự); null khi mã không hợp lệ */
            code: string | null;
            /**
             * @description genuine: tem do cơ quan OCOP cấp; void: lô tem đã bị hủy; unknown: không có mã này; invalid: sai mã
             * @enum {string}
             */
            result: "genuine" | "void" | "unknown" | "invalid";
            /**
             * @description green còn hiệu lực; amber sắp hết hạn / gia hạn; red hết hiệu lực, thu hồi, tem hủy; grey không xác định
             * @enum {string}
             */
            tone: "green" | "amber" | "red" | "grey";
            headline: {
                vi: string;
                en: string;
            };
            status: {
                /**
                 * @description Tình trạng giấy chứng nhận hiện hành của sản phẩm (chỉ với tem chính hãng)
                 * @enum {string|null}
                 */
                code: "valid" | "expiring" | "extended" | "not_yet_valid" | "expired" | "revoked" | null;
                title: {
                    vi: string;
                    en: string;
                };
                details: {
                    vi: string;
                    en: string;
                }[];
            };
            stamp: {
                serial: number;
                /** @enum {string} */
                batchStatus: "issued" | "printed" | "void";
                /** @description Số sao in trên tem (theo giấy chứng nhận khi cấp lô) */
                printedStars: number;
            } | null;
            product: {
                name: string;
                slug: string;
                producerName: string;
                provinceCode: string;
                gtin: string | null;
                photoUrl: string | null;
            } | null;
            certificate: {
                number: string | null;
                stars: number;
                validFrom: string;
                validTo: string;
                revokedOn: string | null;
                revocationGround: string | null;
                revocationDecision: string | null;
            } | null;
            /** @description Ngày (giờ Việt Nam) tình trạng được tính */
            checkedOn: string;
            links: {
                page: string | null;
                gs1: string | null;
                report: string;
            };
        };
        MisuseReportReceiptInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "new";
            /** @description Tỉnh tiếp nhận; null: Bộ */
            provinceCode: string | null;
            hasPhoto: boolean;
        };
        StampBatchInput: {
            /** Format: uuid */
            id: string;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
                gtin: string | null;
            };
            certificate: {
                /** Format: uuid */
                id: string;
                number: string | null;
                stars: number;
                validTo: string;
            };
            provinceCode: string;
            quantity: number;
            serialFrom: number;
            serialTo: number;
            printedOn: string | null;
            /** @enum {string} */
            status: "issued" | "printed" | "void";
            note: string | null;
            /** Format: uuid */
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            /** @description Tờ tem PDF (tối đa 240 tem mỗi lần; dùng ?from=&to= cho phần còn lại) */
            sheetPath: string;
        };
        StampFlagInput: {
            /** Format: uuid */
            id: string;
            code: string;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            provinceCode: string;
            /**
             * @description many_scans: quá nhiều thiết bị quét trong 24 giờ; many_provinces: quét ở ≥ 2 tỉnh trong 24 giờ
             * @enum {string}
             */
            reason: "many_scans" | "many_provinces";
            details: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            state: "open" | "dismissed" | "confirmed";
            detectedAt: string;
            /** Format: uuid */
            handledBy: string | null;
            handledAt: string | null;
            note: string | null;
        };
        MisuseReportInput: {
            /** Format: uuid */
            id: string;
            code: string | null;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description Tỉnh xử lý; null: Bộ (không xác định được tỉnh) */
            provinceCode: string | null;
            note: string;
            contact: string | null;
            place: string | null;
            hasPhoto: boolean;
            /** @enum {string} */
            state: "new" | "investigating" | "closed";
            resolution: string | null;
            /** Format: uuid */
            handledBy: string | null;
            createdAt: string;
            updatedAt: string;
        };
        SupportRecordInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "trademark_registration" | "barcode_gs1" | "packaging_label_design" | "stamp_printing" | "lab_tests" | "credit_loans" | "equipment" | "training" | "trade_promotion" | "other";
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            product: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            province: {
                code: string;
                name: string;
            };
            commune: {
                code: string;
                name: string;
            };
            description: string | null;
            amountVnd: number;
            fundingSource: string | null;
            grantedOn: string;
            createdAt: string;
            updatedAt: string;
        };
        TradeEventParticipantInput: {
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
                province: {
                    code: string;
                    name: string;
                };
                commune: {
                    code: string;
                    name: string;
                };
            };
            products: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            booth: string | null;
        };
        TradeEventOutcomeInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            kind: "lead" | "mou" | "contract";
            counterpart: string;
            valueVnd: number | null;
            note: string | null;
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            recordedAt: string;
        };
        TradeEventInput: {
            /** Format: uuid */
            id: string;
            slug: string;
            /** @enum {string} */
            kind: "fair" | "exhibition" | "supply_demand" | "other";
            name: string;
            /** @description null: sự kiện toàn quốc */
            province: {
                code: string;
                name: string;
            } | null;
            place: string;
            startsOn: string;
            endsOn: string;
            organiser: string | null;
            website: string | null;
            description: string | null;
            createdAt: string;
            updatedAt: string;
        };
        TrainingCourseInput: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @description null: lớp toàn quốc */
            province: {
                code: string;
                name: string;
            } | null;
            topics: ("digital_transformation" | "packaging_labelling" | "intellectual_property" | "traceability" | "marketing_ecommerce" | "food_safety" | "financial_management" | "ocop_criteria_dossier" | "other")[];
            startsOn: string;
            endsOn: string;
            place: string | null;
            organiser: string | null;
            participantCounts: {
                officials: number;
                producers: number;
            };
            createdAt: string;
            updatedAt: string;
        };
        TrainingCourseParticipantsInput: {
            officials: {
                /** Format: uuid */
                userId: string;
                name: string;
                organisation: string | null;
                commune: {
                    code: string;
                    name: string;
                } | null;
                completed: boolean;
            }[];
            producers: {
                producer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                personName: string;
                commune: {
                    code: string;
                    name: string;
                } | null;
                completed: boolean;
            }[];
        };
        TrainingCoverageInput: {
            provinceCode: string | null;
            from: string;
            to: string;
            /** @description Cán bộ tỉnh, xã (tài khoản đang hoạt động) đã hoàn thành tập huấn */
            officials: {
                trained: number;
                total: number;
                /** @description trained / total; null khi total = 0 */
                share: number | null;
            };
            /** @description Chủ thể có sản phẩm OCOP còn hiệu lực đã tập huấn */
            producers: {
                trained: number;
                total: number;
                /** @description trained / total; null khi total = 0 */
                share: number | null;
                /** @description Mọi chủ thể đã tập huấn, kể cả chưa có sản phẩm OCOP */
                trainedAll: number;
            };
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            instance?: string;
            requestId?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            state?: string;
            allowedActions?: string[];
        };
        Province: {
            code: string;
            name: string;
            type: string;
            fullName: string;
            nameEn: string;
        };
        Commune: {
            code: string;
            name: string;
            type: string;
            fullName: string;
            provinceCode: string;
        };
        ResolvedAddress: {
            matches: {
                communeCode: string;
                communeName: string;
                provinceCode: string;
                provinceName: string;
                /** @enum {string} */
                via: "2025" | "pre2025-mapping";
            }[];
            ambiguous: boolean;
        };
        User: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "ministry_admin" | "ministry_leader" | "province_officer" | "province_leader" | "commune_officer" | "council_member" | "producer";
            provinceCode: string | null;
            communeCode: string | null;
            /** Format: uuid */
            producerId: string | null;
            email: string | null;
            isActive: boolean;
        };
        Council: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "province" | "central";
            provinceCode: string | null;
            name: string;
            establishedBy: string | null;
            establishedOn: string | null;
            quorumPercent: number;
            isActive: boolean;
            members: {
                /** Format: uuid */
                userId: string;
                displayName: string;
                role: string;
                agency: string | null;
                position: string | null;
            }[];
        };
        CriteriaSetSummary: {
            /** @description Số quyết định, ví dụ "26/2026/QĐ-TTg" */
            id: string;
            /** @description Dạng dùng được trong URL, ví dụ "26-2026-qd-ttg" */
            slug: string;
            title: string;
            effectiveFrom: string;
            dataVersion: string;
            /** @description sha256 của tệp dữ liệu tiêu chí */
            fingerprint: string;
            /** @description Bộ tiêu chí áp dụng khi đánh giá không ghi rõ (hiệu lực mới nhất) */
            current: boolean;
            productSets: {
                id: number;
                name: string;
                sector: string;
                group: string;
                maxPoints: number;
            }[];
        };
        CriteriaSheet: {
            id: number;
            name: string;
            sector: string;
            group: string;
            subgroup: string | null;
            maxPoints: number;
            criteriaSet: {
                /** @description Số quyết định, ví dụ "26/2026/QĐ-TTg" */
                id: string;
                /** @description Dạng dùng được trong URL, ví dụ "26-2026-qd-ttg" */
                slug: string;
                title: string;
                effectiveFrom: string;
                dataVersion: string;
                /** @description sha256 của tệp dữ liệu tiêu chí */
                fingerprint: string;
                /** @description Bộ tiêu chí áp dụng khi đánh giá không ghi rõ (hiệu lực mới nhất) */
                current: boolean;
            };
            starBands: {
                stars: number;
                min: number;
                label: string;
                certified: boolean;
                recognizedBy: string | null;
            }[];
            gates: {
                id: string;
                /** @enum {string} */
                scope: "dossier" | "criterion" | "section";
                /** @enum {string} */
                effect: "reject" | "stopEvaluation" | "notEvaluated";
                text: string;
                criterionCode?: string;
                sectionCode?: string;
            }[];
            parts: {
                code: string;
                name: string;
                maxPoints: number;
                sections: {
                    code: string;
                    name: string;
                    maxPoints: number;
                    note?: string;
                    groups?: {
                        code: string;
                        name: string;
                        maxPoints: number;
                        criteriaCodes: string[];
                    }[];
                    criteria: {
                        code: string;
                        name: string;
                        maxPoints: number;
                        note?: string;
                        options: {
                            /** @description Giá trị trả lời: chỉ số phương án, bắt đầu từ 0 */
                            index: number;
                            label: string;
                            points: number;
                            /** @description Dấu sao: yêu cầu tối thiểu của hạng 3, 4 hoặc 5 sao */
                            minStarFor: number | null;
                            case?: string;
                            synthetic?: boolean;
                        }[];
                        group?: string;
                        cases?: {
                            code: string;
                            label: string;
                        }[];
                        caseInstruction?: string;
                        appliesWhen?: {
                            criterionCode: string;
                            reason: string;
                        };
                        impliedBySection?: boolean;
                    }[];
                }[];
            }[];
        };
        RegradeReport: {
            criteriaSetId: string;
            fingerprint: string;
            evaluated: number;
            changed: {
                /** Format: uuid */
                productId: string;
                productName: string;
                productSetId: number;
                before: {
                    total: number;
                    stars: number;
                };
                after: {
                    total: number;
                    stars: number;
                };
                certifiedStars: number | null;
            }[];
            unchanged: number;
            failed: {
                /** Format: uuid */
                productId: string;
                productName: string;
                reason: string;
            }[];
        };
        IndicatorParams: {
            minStars?: 3 | 4 | 5;
            types?: ("cooperative" | "cooperative_group" | "sme" | "farm" | "household" | "society" | "association" | "operating_centre" | "equivalent_organisation")[];
            channels?: ("ecommerce" | "retail" | "social" | "website")[];
            /** @enum {string} */
            level?: "commune" | "province" | "national";
            supportKind?: string;
            eventKinds?: ("fair" | "exhibition" | "supply_demand" | "other")[];
            year?: number;
            minRatio?: number;
            maxRatio?: number;
            /** @enum {string} */
            unit?: "count" | "percent" | "vnd";
        };
        IndicatorResult: {
            /** @enum {string} */
            code: "certified_products" | "five_star_products" | "communes_covered" | "commune_coverage" | "producer_type_share" | "modern_channel_share" | "portal_listed_share" | "sale_points" | "new_certified_products" | "upgraded_products" | "recertified_products" | "officials_trained_share" | "producers_trained" | "support_count" | "support_amount" | "fairs_held" | "contracts_signed" | "revenue_reported" | "jobs_reported" | "revenue_growth_share" | "exported_products" | "programme_budget" | "custom";
            label: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            unit: "count" | "percent" | "vnd";
            noun: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            kind: "stock" | "flow" | "yearly";
            params: components["schemas"]["IndicatorParams"];
            value: number | null;
            /**
             * @description computed: tính từ dữ liệu; manual: nhập tay
             * @enum {string}
             */
            source: "computed" | "manual";
            numerator: number | null;
            denominator: number | null;
            breakdown: {
                [key: string]: number;
            } | null;
            measured: {
                asOf?: string;
                from?: string;
                to?: string;
                year?: number;
            };
            /**
             * @description Mức chính xác khi tính lùi về một ngày trong quá khứ (partial: một phần dữ liệu không có lịch sử)
             * @enum {string}
             */
            history: "exact" | "partial" | "none";
        };
        IndicatorDefinition: {
            /** @enum {string} */
            code: "certified_products" | "five_star_products" | "communes_covered" | "commune_coverage" | "producer_type_share" | "modern_channel_share" | "portal_listed_share" | "sale_points" | "new_certified_products" | "upgraded_products" | "recertified_products" | "officials_trained_share" | "producers_trained" | "support_count" | "support_amount" | "fairs_held" | "contracts_signed" | "revenue_reported" | "jobs_reported" | "revenue_growth_share" | "exported_products" | "programme_budget" | "custom";
            label: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            unit: "count" | "percent" | "vnd";
            noun: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            kind: "stock" | "flow" | "yearly";
            manualOnly: boolean;
            /** @enum {string} */
            history: "exact" | "partial" | "none";
            params: string[];
        };
        ProvinceDashboard: {
            province: {
                code: string;
                name: string;
            };
            window: {
                asOf: string;
                from: string;
                to: string;
            };
            headline: components["schemas"]["IndicatorResult"][];
            byStars: {
                3: number;
                4: number;
                5: number;
            };
            byGroup: {
                sectorCode: string;
                sector: string;
                groupCode: string;
                group: string;
                products: number;
            }[];
            bySector: {
                sectorCode: string;
                sector: string;
                products: number;
            }[];
            unclassifiedProducts: number;
            byProducerType: {
                type: string;
                label: {
                    vi: string;
                    en: string;
                };
                producers: number;
                products: number;
            }[];
            communes: {
                code: string;
                name: string;
                type: string;
                products: number;
                byStars: {
                    3: number;
                    4: number;
                    5: number;
                };
                isCovered: boolean;
            }[];
            coverage: {
                covered: number;
                total: number;
                percent: number | null;
            };
            history: {
                /** @description YYYY-MM */
                month: string;
                /** @description Ngày cuối tháng (tháng hiện tại: asOf) */
                date: string;
                total: number;
                byStars: {
                    3: number;
                    4: number;
                    5: number;
                };
            }[];
            pre2025: {
                note: {
                    vi: string;
                    en: string;
                };
                provinces: {
                    code: string;
                    name: string;
                    provinceCode: string | null;
                    products: number;
                    byStars: {
                        3: number;
                        4: number;
                        5: number;
                    };
                    /** @description Sản phẩm ở xã mới lập từ nhiều đơn vị cũ (tính theo ước lượng) */
                    approximateProducts: number;
                }[];
                districts: {
                    code: string;
                    name: string;
                    provinceCode: string | null;
                    products: number;
                    byStars: {
                        3: number;
                        4: number;
                        5: number;
                    };
                    /** @description Sản phẩm ở xã mới lập từ nhiều đơn vị cũ (tính theo ước lượng) */
                    approximateProducts: number;
                }[];
                unattributedProducts: number;
                history: {
                    code: string;
                    name: string;
                    points: {
                        /** @description YYYY-MM */
                        month: string;
                        /** @description Ngày cuối tháng (tháng hiện tại: asOf) */
                        date: string;
                        total: number;
                        byStars: {
                            3: number;
                            4: number;
                            5: number;
                        };
                    }[];
                }[];
            } | null;
        };
        NationalDashboard: {
            window: {
                asOf: string;
                from: string;
                to: string;
            };
            headline: components["schemas"]["IndicatorResult"][];
            provinces: {
                code: string;
                name: string;
                products: number;
                byStars: {
                    3: number;
                    4: number;
                    5: number;
                };
                communesCovered: number;
                communesTotal: number;
                coveragePercent: number | null;
                producers: number;
                newProducts: number;
                upgradedProducts: number;
                salePoints: number;
            }[];
            totals: {
                products: number;
                byStars: {
                    3: number;
                    4: number;
                    5: number;
                };
                communesCovered: number;
                communesTotal: number;
                coveragePercent: number | null;
                producers: number;
                newProducts: number;
                upgradedProducts: number;
                salePoints: number;
            };
            byStars: {
                3: number;
                4: number;
                5: number;
            };
            byGroup: {
                sectorCode: string;
                sector: string;
                groupCode: string;
                group: string;
                products: number;
            }[];
            bySector: {
                sectorCode: string;
                sector: string;
                products: number;
            }[];
            unclassifiedProducts: number;
            byProducerType: {
                type: string;
                label: {
                    vi: string;
                    en: string;
                };
                producers: number;
                products: number;
            }[];
            history: {
                /** @description YYYY-MM */
                month: string;
                /** @description Ngày cuối tháng (tháng hiện tại: asOf) */
                date: string;
                total: number;
                byStars: {
                    3: number;
                    4: number;
                    5: number;
                };
            }[];
            pre2025: {
                note: {
                    vi: string;
                    en: string;
                };
                provinces: {
                    code: string;
                    name: string;
                    provinceCode: string | null;
                    products: number;
                    byStars: {
                        3: number;
                        4: number;
                        5: number;
                    };
                    /** @description Sản phẩm ở xã mới lập từ nhiều đơn vị cũ (tính theo ước lượng) */
                    approximateProducts: number;
                }[];
                districts: {
                    code: string;
                    name: string;
                    provinceCode: string | null;
                    products: number;
                    byStars: {
                        3: number;
                        4: number;
                        5: number;
                    };
                    /** @description Sản phẩm ở xã mới lập từ nhiều đơn vị cũ (tính theo ước lượng) */
                    approximateProducts: number;
                }[];
                unattributedProducts: number;
                history: {
                    code: string;
                    name: string;
                    points: {
                        /** @description YYYY-MM */
                        month: string;
                        /** @description Ngày cuối tháng (tháng hiện tại: asOf) */
                        date: string;
                        total: number;
                        byStars: {
                            3: number;
                            4: number;
                            5: number;
                        };
                    }[];
                }[];
            } | null;
        };
        Decision: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "province" | "central";
            provinceCode: string | null;
            /** @enum {string} */
            status: "draft" | "signed";
            title: string;
            number: string | null;
            signedOn: string | null;
            createdAt: string;
            authorityName: string | null;
            items: {
                /** Format: uuid */
                dossierId: string;
                dossierCode: string;
                state: string;
                stateLabel: {
                    vi: string;
                    en: string;
                };
                /** Format: uuid */
                productId: string;
                productName: string;
                producerName: string;
                address: string;
                productSetId: number;
                productSetName: string;
                total: number | null;
                stars: number | null;
                isNominated: boolean;
                /** Format: uuid */
                certificateId: string | null;
                certificateNumber: string | null;
            }[];
        };
        Evidence: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            producerId: string;
            type: string;
            typeLabel: string;
            /** @description Loại giấy tờ này thường có thời hạn (cần ngày hết hiệu lực) */
            expectsExpiry: boolean;
            title: string;
            number: string | null;
            issuer: string | null;
            issuedOn: string | null;
            validFrom: string | null;
            validTo: string | null;
            /**
             * @description valid | expiring (≤ 90 ngày) | expired | no_expiry
             * @enum {string}
             */
            status: "valid" | "expiring" | "expired" | "no_expiry";
            fileName: string;
            mimeType: string;
            sizeBytes: number;
            sha256: string;
            /** @description Tải tệp (cần đăng nhập và quyền xem) */
            fileUrl: string;
            isArchived: boolean;
            createdAt: string;
            updatedAt: string;
        };
        EvidenceWarning: {
            /** Format: uuid */
            evidenceId: string;
            /** @enum {string} */
            kind: "expired" | "expires_before_decision";
            validTo: string;
            message: string;
            messageEn: string;
        };
        DossierEvidence: {
            /** @description Hạn ra quyết định của đợt đánh giá (null: chưa vào đợt) */
            decisionDeadline: string | null;
            items: {
                evidence: components["schemas"]["Evidence"];
                criterionCode: string | null;
                note: string | null;
                linkedAt: string;
                /** @enum {string|null} */
                warning: "expired" | "expires_before_decision" | null;
            }[];
            warnings: components["schemas"]["EvidenceWarning"][];
        };
        Dossier: {
            /** Format: uuid */
            id: string;
            code: string;
            /** @enum {string} */
            state: "draft" | "commune_review" | "returned_by_commune" | "province_review" | "supplement_requested" | "council_scoring" | "council_discussion" | "council_proposed" | "decision_drafted" | "central_review" | "central_scoring" | "central_discussion" | "central_proposed" | "central_decision_drafted" | "returned_to_province" | "recognised" | "not_recognised" | "rejected" | "withdrawn";
            stateLabel: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            registrationType: "first" | "upgrade" | "re_evaluation";
            product: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string | null;
            };
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            provinceCode: string;
            communeCode: string;
            address: string;
            round: {
                /** Format: uuid */
                id: string;
                name: string;
                intakeDeadline: string;
                decisionDeadline: string;
            } | null;
            criteriaSetId: string;
            productSetId: number;
            form01: {
                [key: string]: unknown;
            };
            form02: {
                [key: string]: unknown;
            };
            form03: {
                [key: string]: unknown;
            } | null;
            selfAssessment: {
                /** @description Mã tiêu chí → chỉ số phương án (0-based) */
                answers: {
                    [key: string]: number;
                };
                gates?: string[];
            } | null;
            selfTotal: number | null;
            selfStars: number | null;
            /** @description Những mục còn thiếu trước khi nộp */
            missing: string[];
            /** @description Như missing, bằng hai thứ tiếng / the same, in both languages */
            missingItems: {
                vi: string;
                en: string;
            }[];
            /** @enum {string|null} */
            councilMode: "meeting" | "written" | null;
            scoringPass: number;
            resultTotal: number | null;
            resultStars: number | null;
            centralTotal: number | null;
            centralStars: number | null;
            isNominated: boolean;
            /** Format: uuid */
            decisionId: string | null;
            /** Format: uuid */
            centralDecisionId: string | null;
            /** Format: uuid */
            certificateId: string | null;
            /** Format: uuid */
            baseCertificateId: string | null;
            /** Format: uuid */
            previousDossierId: string | null;
            lastReason: string | null;
            submittedOn: string | null;
            completeOn: string | null;
            dueOn: string | null;
            isOverdue: boolean;
            workingDaysLeft: number | null;
            capacities: string[];
            allowedActions: ("submit" | "withdraw" | "return" | "forward" | "request_supplement" | "reject" | "send_to_council" | "open_discussion" | "request_rescore" | "finalize" | "prepare_decision" | "sign" | "return_to_province" | "re_evaluate")[];
            timeline: {
                action: string;
                fromState: string | null;
                toState: string;
                actorLabel: string;
                /** @description Tên người thực hiện */
                actorName: string;
                note: string | null;
                dueOn: string | null;
                at: string;
            }[];
            council: {
                province: {
                    /** @enum {string} */
                    level: "province" | "central";
                    council: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        quorumPercent: number;
                    };
                    /** @enum {string|null} */
                    mode: "meeting" | "written" | null;
                    pass: number | null;
                    sheetsOpen: boolean;
                    members: {
                        /** Format: uuid */
                        userId: string;
                        displayName: string;
                        role: string;
                        agency: string | null;
                        isRecused: boolean;
                        recusalReason: string | null;
                        hasSubmitted: boolean;
                    }[];
                    quorum: {
                        met: boolean;
                        present: number;
                        total: number;
                        required: number;
                        chairPresent: boolean;
                        text: string;
                    };
                    /** @description Phiếu của chính bạn; phiếu người khác chỉ sau khi bạn nộp và Chủ tịch mở thảo luận */
                    sheets: {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        memberId: string;
                        memberName: string;
                        pass: number;
                        total: number;
                        stars: number;
                        opinion: string | null;
                        /** @description Mã tiêu chí → chỉ số phương án (0-based) */
                        answers: {
                            [key: string]: number;
                        };
                        gates: string[];
                        fingerprint: string;
                        /** Format: uuid */
                        supersedesId: string | null;
                        submittedAt: string;
                    }[];
                    result: {
                        total: number;
                        stars: number;
                        divergent: boolean;
                        spread: number;
                        sheetTotals: number[];
                    } | null;
                    advisoryReports: {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        onDate: string;
                        summary: string;
                        findings: string | null;
                        requestedTests: string | null;
                        /** Format: uuid */
                        authorId: string;
                        createdAt: string;
                    }[];
                } | null;
                central: {
                    /** @enum {string} */
                    level: "province" | "central";
                    council: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        quorumPercent: number;
                    };
                    /** @enum {string|null} */
                    mode: "meeting" | "written" | null;
                    pass: number | null;
                    sheetsOpen: boolean;
                    members: {
                        /** Format: uuid */
                        userId: string;
                        displayName: string;
                        role: string;
                        agency: string | null;
                        isRecused: boolean;
                        recusalReason: string | null;
                        hasSubmitted: boolean;
                    }[];
                    quorum: {
                        met: boolean;
                        present: number;
                        total: number;
                        required: number;
                        chairPresent: boolean;
                        text: string;
                    };
                    /** @description Phiếu của chính bạn; phiếu người khác chỉ sau khi bạn nộp và Chủ tịch mở thảo luận */
                    sheets: {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        memberId: string;
                        memberName: string;
                        pass: number;
                        total: number;
                        stars: number;
                        opinion: string | null;
                        /** @description Mã tiêu chí → chỉ số phương án (0-based) */
                        answers: {
                            [key: string]: number;
                        };
                        gates: string[];
                        fingerprint: string;
                        /** Format: uuid */
                        supersedesId: string | null;
                        submittedAt: string;
                    }[];
                    result: {
                        total: number;
                        stars: number;
                        divergent: boolean;
                        spread: number;
                        sheetTotals: number[];
                    } | null;
                    advisoryReports: {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        onDate: string;
                        summary: string;
                        findings: string | null;
                        requestedTests: string | null;
                        /** Format: uuid */
                        authorId: string;
                        createdAt: string;
                    }[];
                } | null;
            };
            /** @description Nâng hạng / đánh giá lại: thay đổi so với hồ sơ trước */
            changes: {
                forms: {
                    form: string;
                    key: string;
                    label: string;
                    before: unknown;
                    after: unknown;
                }[];
                answers: {
                    criterionCode: string;
                    before: number | null;
                    after: number | null;
                }[];
            } | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        Producer: {
            /** Format: uuid */
            id: string;
            name: string;
            type: string;
            taxCode: string | null;
            representativeName: string | null;
            /** @enum {string|null} */
            representativeGender: "male" | "female" | null;
            representativeEthnicity: string | null;
            commune: {
                code: string;
                name: string;
            };
            province: {
                code: string;
                name: string;
            };
            street: string | null;
            phone: string | null;
            email: string | null;
            website: string | null;
            isArchived: boolean;
            createdAt: string;
            updatedAt: string;
        };
        ProducerYearlyFigures: {
            /** Format: uuid */
            producerId: string;
            year: number;
            revenueVnd: number | null;
            profitVnd: number | null;
            jobs: number | null;
            localJobs: number | null;
            /** @description So với năm trước, khi có doanh thu cả hai năm */
            revenueGrowth: {
                ratio: number;
                /**
                 * @description declined: giảm; below_1_1: tăng dưới 1,1 lần; from_1_1_to_1_5: tăng 1,1–1,5 lần (kể cả hai đầu); above_1_5: tăng trên 1,5 lần
                 * @enum {string}
                 */
                band: "declined" | "below_1_1" | "from_1_1_to_1_5" | "above_1_5";
            } | null;
            /** Format: uuid */
            enteredBy: string | null;
            enteredAt: string;
        };
        RevenueGrowth: {
            provinceCode: string | null;
            year: number;
            previousYear: number;
            /** @description Chủ thể có doanh thu cả hai năm (năm trước > 0) */
            compared: number;
            /** @description Chủ thể có cả hai năm nhưng năm trước doanh thu bằng 0 */
            notComparable: number;
            bands: {
                /**
                 * @description declined: giảm; below_1_1: tăng dưới 1,1 lần; from_1_1_to_1_5: tăng 1,1–1,5 lần (kể cả hai đầu); above_1_5: tăng trên 1,5 lần
                 * @enum {string}
                 */
                band: "declined" | "below_1_1" | "from_1_1_to_1_5" | "above_1_5";
                count: number;
                share: number | null;
            }[];
        };
        ImportBatch: {
            /** Format: uuid */
            id: string;
            fileName: string;
            /** @enum {string} */
            status: "uploaded" | "previewing" | "previewed" | "committing" | "committed" | "failed";
            rowCount: number;
            headerRowIndex: number;
            columns: {
                index: number;
                header: string;
                field: string | null;
            }[];
            fields: {
                field: string;
                label: string;
                required: boolean;
            }[];
            mapping: {
                [key: string]: number | null;
            };
            defaultProvinceCode: string | null;
            progress: {
                done: number;
                total: number;
            } | null;
            summary: {
                rows: number;
                create: number;
                update: number;
                unchanged: number;
                error: number;
                needsChoice: number;
                duplicateInFile: number;
                producersCreated: number;
                productsCreated: number;
                certificatesCreated: number;
            } | null;
            error: string | null;
            createdAt: string;
            committedAt: string | null;
        };
        ImportRow: {
            rowNumber: number;
            /** @enum {string} */
            outcome: "create" | "update" | "unchanged" | "error" | "needs_choice" | "duplicate_in_file";
            messages: string[];
            productName: string | null;
            producerName: string | null;
            addressText: string;
            communeCode: string | null;
            communeName: string | null;
            provinceName: string | null;
            stars: number | null;
            year: number | null;
            productSetId: number | null;
            candidates: {
                communeCode: string;
                communeName: string;
                provinceName: string;
            }[];
        };
        Marketplace: {
            /** Format: uuid */
            id: string;
            name: string;
            webhookUrl: string;
            isActive: boolean;
            /** Format: uuid */
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
        };
        MarketplaceWithSecret: {
            /** Format: uuid */
            id: string;
            name: string;
            webhookUrl: string;
            isActive: boolean;
            /** Format: uuid */
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            /** @description Khoá ký HMAC-SHA256: chỉ hiển thị một lần, hãy lưu lại ngay */
            secret: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** @description certificate.revoked | certificate.recertified | certificate.expired */
            event: string;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            nextAttemptAt: string | null;
            lastError: string | null;
            deliveredAt: string | null;
            createdAt: string;
        };
        Notification: {
            /** Format: uuid */
            id: string;
            /** @description dossier_overdue | re_evaluation_window | revocation_due | dossier_transition | … */
            kind: string;
            title: string;
            body: string;
            /** @description Đường dẫn trong ứng dụng (/admin/#/…) */
            link: string | null;
            entity: string | null;
            entityId: string | null;
            isRead: boolean;
            readAt: string | null;
            /** @enum {string} */
            emailStatus: "none" | "pending" | "sent" | "failed";
            createdAt: string;
        };
        PlanTarget: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            indicator: "certified_products" | "five_star_products" | "communes_covered" | "commune_coverage" | "producer_type_share" | "modern_channel_share" | "portal_listed_share" | "sale_points" | "new_certified_products" | "upgraded_products" | "recertified_products" | "officials_trained_share" | "producers_trained" | "support_count" | "support_amount" | "fairs_held" | "contracts_signed" | "revenue_reported" | "jobs_reported" | "revenue_growth_share" | "exported_products" | "programme_budget" | "custom";
            label: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            unit: "count" | "percent" | "vnd";
            manualOnly: boolean;
            params: components["schemas"]["IndicatorParams"];
            /** @enum {string} */
            comparator: ">=" | ">" | "<=" | "=";
            targetValue: number;
            wording: string | null;
            manualValue: number | null;
            manualAsOf: string | null;
        };
        Plan: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "province" | "national";
            province: {
                code: string;
                name: string;
            } | null;
            name: string;
            decisionRef: string | null;
            periodFrom: string;
            periodTo: string;
            createdAt: string;
            updatedAt: string;
            targets: components["schemas"]["PlanTarget"][];
        };
        PlanProgress: {
            plan: components["schemas"]["Plan"];
            asOf: string;
            /** @description Ngày tính: asOf giới hạn trong kỳ kế hoạch */
            measuredOn: string;
            targets: {
                target: components["schemas"]["PlanTarget"];
                actual: components["schemas"]["IndicatorResult"];
                startValue: number | null;
                progress: {
                    met: boolean | null;
                    progressPercent: number | null;
                    remaining: number | null;
                    monthsElapsed: number;
                    monthsLeft: number;
                    /** @description Mức cần tăng mỗi tháng để đạt chỉ tiêu cuối kỳ */
                    paceNeededPerMonth: number | null;
                    currentPacePerMonth: number | null;
                    /** @description Dự báo cuối kỳ theo tốc độ từ đầu kỳ */
                    forecast: number | null;
                    forecastMet: boolean | null;
                };
            }[];
        };
        ProductListItem: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
                type: string;
            };
            province: {
                code: string;
                name: string;
            };
            commune: {
                code: string;
                name: string;
            };
            productSetId: number | null;
            ocopCode: string | null;
            stars: number | null;
            /** @enum {string} */
            certificateStatus: "valid" | "expiring" | "extended" | "expired" | "revoked" | "not_yet_valid" | "none";
            validTo: string | null;
        };
        Certificate: {
            /** Format: uuid */
            id: string;
            number: string | null;
            decisionNumber: string | null;
            decisionDate: string | null;
            /** @enum {string} */
            issuingLevel: "province" | "ministry";
            authorityName: string | null;
            stars: number;
            score: number | null;
            validFrom: string;
            validTo: string;
            /** @enum {string} */
            datesPrecision: "day" | "year";
            /** @enum {string} */
            status: "valid" | "expiring" | "extended" | "expired" | "revoked" | "not_yet_valid" | "none";
            revokedOn: string | null;
            revocationGround: string | null;
            reEvaluationPendingSince: string | null;
        };
        Product: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
                type: string;
            };
            productSetId: number | null;
            productSet: {
                id: number;
                name: string;
                sectorCode: string;
                sector: string;
                groupCode: string;
                group: string;
            } | null;
            commune: {
                code: string;
                name: string;
            };
            province: {
                code: string;
                name: string;
            };
            description: string | null;
            story: string | null;
            gtin: string | null;
            gtinIsVietnamese: boolean;
            packaging: string | null;
            unit: string | null;
            ocopCode: string | null;
            saleChannels: {
                kind: string;
                url: string;
            }[];
            photos: {
                /** Format: uuid */
                id: string;
                url: string;
                thumbUrl: string;
                width: number;
                height: number;
            }[];
            stars: number | null;
            /** @enum {string} */
            certificateStatus: "valid" | "expiring" | "extended" | "expired" | "revoked" | "not_yet_valid" | "none";
            certificates: components["schemas"]["Certificate"][];
            isArchived: boolean;
            createdAt: string;
            updatedAt: string;
        };
        ProductStatus: {
            /** Format: uuid */
            productId: string;
            name: string;
            ocopCode: string | null;
            gtin: string | null;
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            province: {
                code: string;
                name: string;
            };
            /** @description Hạng sao của giấy chứng nhận hiện tại (kể cả khi đã hết hạn) */
            stars: number | null;
            /**
             * @description valid: còn hiệu lực; expiring: còn ≤ 180 ngày; extended: hết hạn nhưng đang đánh giá lại (tối đa 180 ngày); expired: hết hiệu lực; revoked: bị thu hồi; not_yet_valid: chưa đến ngày hiệu lực; none: chưa có giấy chứng nhận
             * @enum {string}
             */
            status: "valid" | "expiring" | "extended" | "expired" | "revoked" | "not_yet_valid" | "none";
            certificate: {
                /** Format: uuid */
                id: string;
                number: string | null;
                decisionNumber: string | null;
                /** @description province: UBND tỉnh (3–4 sao); ministry: Bộ (5 sao) */
                issuingLevel: string;
                validFrom: string;
                validTo: string;
                extendedUntil: string | null;
                daysLeft: number | null;
            } | null;
            revocation: {
                revokedOn: string;
                /** @description Điều 8 khoản 1 Quyết định 26/2026/QĐ-TTg: a, b, c, d, dd (điểm đ), e */
                ground: string;
                groundLabel: string;
                groundLabelEn: string;
            } | null;
            /** @description Trang sản phẩm trên cổng thông tin OCOP */
            url: string;
            /** @description Ngày (giờ Việt Nam) trạng thái được tính */
            checkedOn: string;
        };
        ReportExport: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "national_monthly" | "workbook" | "summary_pdf";
            /** @description YYYY-MM */
            month: string;
            periodFrom: string;
            periodTo: string;
            /** @description csv (sản phẩm), summary_csv (tổng hợp theo tỉnh), json (cả hai) */
            format: string;
            fileName: string;
            mimeType: string;
            rowCount: number | null;
            createdAt: string;
        };
        Revocation: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "proposed" | "revoked" | "dismissed";
            /**
             * @description province: Chủ tịch UBND tỉnh (3–4 sao); central: Bộ trưởng (5 sao)
             * @enum {string}
             */
            level: "province" | "central";
            provinceCode: string | null;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                producerId: string;
            };
            certificate: {
                /** Format: uuid */
                id: string;
                number: string | null;
                stars: number;
                validFrom: string;
                validTo: string;
            };
            /** @enum {string} */
            ground: "a" | "b" | "c" | "d" | "dd" | "e";
            groundLabel: string;
            description: string;
            concludedOn: string;
            /** @description Hạn quyết định: ngày kết luận + 15 ngày (Điều 8) */
            dueOn: string;
            isOverdue: boolean;
            evidenceIds: string[];
            /** Format: uuid */
            proposedBy: string | null;
            decisionNumber: string | null;
            decidedOn: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            decisionNote: string | null;
            allowedActions: ("revoke" | "dismiss")[];
            createdAt: string;
            updatedAt: string;
        };
        EvaluationRound: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "province" | "central";
            provinceCode: string | null;
            name: string;
            year: number;
            intakeDeadline: string;
            decisionDeadline: string;
            isClosed: boolean;
        };
        SalePointSummary: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            address: string;
            province: {
                code: string;
                name: string;
            };
            commune: {
                code: string;
                name: string;
            } | null;
            lat: number | null;
            lon: number | null;
            /** @enum {string} */
            level: "commune" | "province" | "national";
            locationType: string | null;
            phone: string | null;
            openingHours: string | null;
            website: string | null;
            recognisedBy: string | null;
            recognisedOn: string | null;
            isActive: boolean;
            productCount: number;
            createdAt: string;
            updatedAt: string;
        };
        SalePoint: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            address: string;
            province: {
                code: string;
                name: string;
            };
            commune: {
                code: string;
                name: string;
            } | null;
            lat: number | null;
            lon: number | null;
            /** @enum {string} */
            level: "commune" | "province" | "national";
            locationType: string | null;
            phone: string | null;
            openingHours: string | null;
            website: string | null;
            recognisedBy: string | null;
            recognisedOn: string | null;
            isActive: boolean;
            productCount: number;
            createdAt: string;
            updatedAt: string;
            products: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
                stars: number | null;
                /** @enum {string} */
                status: "valid" | "expiring" | "extended" | "expired" | "revoked" | "not_yet_valid" | "none";
            }[];
        };
        EvaluationResult: {
            criteriaSetId: string;
            productSetId: number;
            productSetName: string;
            sheetCount: number;
            sheetTotals: number[];
            /** @description Tổng điểm (làm tròn xuống 2 chữ số thập phân) */
            total: number;
            totalText: string;
            /** @description Hạng theo tổng điểm (Điều 3) */
            bandStars: number;
            /** @description Hạng dự kiến sau khi xét yêu cầu tối thiểu (dấu sao) */
            stars: number;
            certifiable: boolean;
            divergent: boolean;
            spread: number;
            /** @description Để đạt hạng N sao còn thiếu yêu cầu tối thiểu ở các tiêu chí này */
            blockedBy: {
                stars: number;
                criteria: {
                    criterionCode: string;
                    criterionName: string;
                    points: number;
                    requiredPoints: number;
                    requiredOption: {
                        index: number;
                        label: string;
                        minStarFor: number;
                    };
                }[];
            }[];
            gates: {
                id: string;
                /** @enum {string} */
                scope: "dossier" | "criterion" | "section";
                /** @enum {string} */
                effect: "reject" | "stopEvaluation" | "notEvaluated";
                text: string;
                criterionCode?: string;
                sectionCode?: string;
                sheets: number[];
            }[];
            parts: {
                code: string;
                name: string;
                maxPoints: number;
                points: number;
                sections: {
                    code: string;
                    name: string;
                    maxPoints: number;
                    points: number;
                    groups?: {
                        code: string;
                        name: string;
                        maxPoints: number;
                        points: number;
                    }[];
                }[];
            }[];
            criteria: {
                code: string;
                name: string;
                maxPoints: number;
                points: number;
                sheetPoints: number[];
                unansweredOn: number[];
                notApplicableOn: number[];
            }[];
        };
        StampVerification: {
            /** @description Mã tem chuẩn (13 ký tự); null khi mã không hợp lệ */
            code: string | null;
            /**
             * @description genuine: tem do cơ quan OCOP cấp; void: lô tem đã bị hủy; unknown: không có mã này; invalid: sai mã
             * @enum {string}
             */
            result: "genuine" | "void" | "unknown" | "invalid";
            /**
             * @description green còn hiệu lực; amber sắp hết hạn / gia hạn; red hết hiệu lực, thu hồi, tem hủy; grey không xác định
             * @enum {string}
             */
            tone: "green" | "amber" | "red" | "grey";
            headline: {
                vi: string;
                en: string;
            };
            status: {
                /**
                 * @description Tình trạng giấy chứng nhận hiện hành của sản phẩm (chỉ với tem chính hãng)
                 * @enum {string|null}
                 */
                code: "valid" | "expiring" | "extended" | "not_yet_valid" | "expired" | "revoked" | null;
                title: {
                    vi: string;
                    en: string;
                };
                details: {
                    vi: string;
                    en: string;
                }[];
            };
            stamp: {
                serial: number;
                /** @enum {string} */
                batchStatus: "issued" | "printed" | "void";
                /** @description Số sao in trên tem (theo giấy chứng nhận khi cấp lô) */
                printedStars: number;
            } | null;
            product: {
                name: string;
                slug: string;
                producerName: string;
                provinceCode: string;
                gtin: string | null;
                photoUrl: string | null;
            } | null;
            certificate: {
                number: string | null;
                stars: number;
                validFrom: string;
                validTo: string;
                revokedOn: string | null;
                revocationGround: string | null;
                revocationDecision: string | null;
            } | null;
            /** @description Ngày (giờ Việt Nam) tình trạng được tính */
            checkedOn: string;
            links: {
                page: string | null;
                gs1: string | null;
                report: string;
            };
        };
        MisuseReportReceipt: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "new";
            /** @description Tỉnh tiếp nhận; null: Bộ */
            provinceCode: string | null;
            hasPhoto: boolean;
        };
        StampBatch: {
            /** Format: uuid */
            id: string;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
                gtin: string | null;
            };
            certificate: {
                /** Format: uuid */
                id: string;
                number: string | null;
                stars: number;
                validTo: string;
            };
            provinceCode: string;
            quantity: number;
            serialFrom: number;
            serialTo: number;
            printedOn: string | null;
            /** @enum {string} */
            status: "issued" | "printed" | "void";
            note: string | null;
            /** Format: uuid */
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            /** @description Tờ tem PDF (tối đa 240 tem mỗi lần; dùng ?from=&to= cho phần còn lại) */
            sheetPath: string;
        };
        StampFlag: {
            /** Format: uuid */
            id: string;
            code: string;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            provinceCode: string;
            /**
             * @description many_scans: quá nhiều thiết bị quét trong 24 giờ; many_provinces: quét ở ≥ 2 tỉnh trong 24 giờ
             * @enum {string}
             */
            reason: "many_scans" | "many_provinces";
            details: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            state: "open" | "dismissed" | "confirmed";
            detectedAt: string;
            /** Format: uuid */
            handledBy: string | null;
            handledAt: string | null;
            note: string | null;
        };
        MisuseReport: {
            /** Format: uuid */
            id: string;
            code: string | null;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description Tỉnh xử lý; null: Bộ (không xác định được tỉnh) */
            provinceCode: string | null;
            note: string;
            contact: string | null;
            place: string | null;
            hasPhoto: boolean;
            /** @enum {string} */
            state: "new" | "investigating" | "closed";
            resolution: string | null;
            /** Format: uuid */
            handledBy: string | null;
            createdAt: string;
            updatedAt: string;
        };
        SupportRecord: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "trademark_registration" | "barcode_gs1" | "packaging_label_design" | "stamp_printing" | "lab_tests" | "credit_loans" | "equipment" | "training" | "trade_promotion" | "other";
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            product: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            province: {
                code: string;
                name: string;
            };
            commune: {
                code: string;
                name: string;
            };
            description: string | null;
            amountVnd: number;
            fundingSource: string | null;
            grantedOn: string;
            createdAt: string;
            updatedAt: string;
        };
        TradeEventParticipant: {
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
                province: {
                    code: string;
                    name: string;
                };
                commune: {
                    code: string;
                    name: string;
                };
            };
            products: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            booth: string | null;
        };
        TradeEventOutcome: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            kind: "lead" | "mou" | "contract";
            counterpart: string;
            valueVnd: number | null;
            note: string | null;
            producer: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            recordedAt: string;
        };
        TradeEvent: {
            /** Format: uuid */
            id: string;
            slug: string;
            /** @enum {string} */
            kind: "fair" | "exhibition" | "supply_demand" | "other";
            name: string;
            /** @description null: sự kiện toàn quốc */
            province: {
                code: string;
                name: string;
            } | null;
            place: string;
            startsOn: string;
            endsOn: string;
            organiser: string | null;
            website: string | null;
            description: string | null;
            createdAt: string;
            updatedAt: string;
        };
        TrainingCourse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @description null: lớp toàn quốc */
            province: {
                code: string;
                name: string;
            } | null;
            topics: ("digital_transformation" | "packaging_labelling" | "intellectual_property" | "traceability" | "marketing_ecommerce" | "food_safety" | "financial_management" | "ocop_criteria_dossier" | "other")[];
            startsOn: string;
            endsOn: string;
            place: string | null;
            organiser: string | null;
            participantCounts: {
                officials: number;
                producers: number;
            };
            createdAt: string;
            updatedAt: string;
        };
        TrainingCourseParticipants: {
            officials: {
                /** Format: uuid */
                userId: string;
                name: string;
                organisation: string | null;
                commune: {
                    code: string;
                    name: string;
                } | null;
                completed: boolean;
            }[];
            producers: {
                producer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                personName: string;
                commune: {
                    code: string;
                    name: string;
                } | null;
                completed: boolean;
            }[];
        };
        TrainingCoverage: {
            provinceCode: string | null;
            from: string;
            to: string;
            /** @description Cán bộ tỉnh, xã (tài khoản đang hoạt động) đã hoàn thành tập huấn */
            officials: {
                trained: number;
                total: number;
                /** @description trained / total; null khi total = 0 */
                share: number | null;
            };
            /** @description Chủ thể có sản phẩm OCOP còn hiệu lực đã tập huấn */
            producers: {
                trained: number;
                total: number;
                /** @description trained / total; null khi total = 0 */
                share: number | null;
                /** @description Mọi chủ thể đã tập huấn, kể cả chưa có sản phẩm OCOP */
                trainedAll: number;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
