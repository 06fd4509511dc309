import "server-only";
export { setUserDisabledSchema } from "../../../shared/operator/set-user-disabled";
